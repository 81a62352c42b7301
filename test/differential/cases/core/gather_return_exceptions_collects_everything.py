import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(name)
    return name


async def cancelled_child():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(cancelled_child())
    asyncio.get_running_loop().call_later(0.5, t.cancel, "stopped")
    results = await asyncio.gather(
        job("a", 2), job("b", 1, fail=True), t, job("c", 0), return_exceptions=True)
    print(results)
    print([type(r).__name__ for r in results])


asyncio.run(main())
