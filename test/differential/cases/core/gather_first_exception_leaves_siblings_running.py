import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        print(name, "raises")
        raise ValueError(name)
    print(name, "finished")
    return name


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.gather(job("a", 1), job("b", 2, fail=True), job("c", 3), job("d", 4, fail=True))
    except ValueError as e:
        print("gather raised", repr(e), "at", loop.time())
    await asyncio.sleep(5)
    print("main done at", loop.time())


asyncio.run(main())
