import asyncio


async def quick():
    return 1


async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(t.done(), t.cancel(), t.cancelled(), t.cancelling(), t.result())
    t2 = asyncio.create_task(quick())
    t2.cancel()
    t2.cancel()
    print(t2.cancelling())
    await asyncio.sleep(0)
    print(t2.cancelled(), t2.cancel(), t2.cancelling())


asyncio.run(main())
