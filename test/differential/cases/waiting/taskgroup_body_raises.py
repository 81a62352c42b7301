import asyncio


async def child():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("child cancelled")
        await asyncio.sleep(0.5)
        print("child cleaned up")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(1)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print(repr(eg))
    print("main cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
