import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    finally:
        print("never printed: the policy still holds the loop")


async def main():
    asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    print("main done")


loop = asyncio.get_event_loop()
loop.run_until_complete(main())
print("after run_until_complete")
