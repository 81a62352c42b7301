import asyncio


async def child():
    try:
        print("child starts")
        await asyncio.sleep(10)
        print("child done")
    finally:
        print("child finally")


async def main():
    asyncio.create_task(child())
    await asyncio.sleep(1)
    print("main done")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("after run_until_complete")
