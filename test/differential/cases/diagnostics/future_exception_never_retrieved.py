import asyncio


async def boom():
    await asyncio.sleep(0.5)
    raise KeyError("task")


async def helper():
    t = asyncio.create_task(boom())
    await asyncio.sleep(1)
    print("helper returns")


async def main():
    await helper()
    print("back in main")
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("future"))
    print("dropping fut")
    del fut
    print("dropped")
    retrieved = asyncio.get_running_loop().create_future()
    retrieved.set_exception(KeyError("looked at"))
    print("exception:", repr(retrieved.exception()))
    del retrieved
    print("main done")


asyncio.run(main())
