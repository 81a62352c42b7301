import asyncio


async def sleeper(n, d):
    try:
        print("sleeper starts", n)
        await asyncio.sleep(d)
    finally:
        print("sleeper finally", n)


async def waiter(n, t):
    try:
        print("waiter starts", n)
        await t
    finally:
        print("waiter finally", n)


async def main():
    t = asyncio.create_task(sleeper(0, 10))
    asyncio.create_task(waiter(1, t))
    asyncio.create_task(sleeper(2, 5))
    await asyncio.sleep(1)
    asyncio.create_task(sleeper(3, 5))
    print("main done")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("after run_until_complete")
loop.close()
print("closed")
