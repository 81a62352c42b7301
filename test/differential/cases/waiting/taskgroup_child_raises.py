import asyncio


async def crash(delay):
    await asyncio.sleep(delay)
    raise ValueError("boom")


async def sibling():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(crash(1))
            s = tg.create_task(sibling())
            await asyncio.sleep(10)
            print("not reached")
    except ExceptionGroup as eg:
        print(eg)
        print([repr(e) for e in eg.exceptions])
    print("sibling cancelled:", s.cancelled())
    print("main cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
