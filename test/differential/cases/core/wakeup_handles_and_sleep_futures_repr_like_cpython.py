import asyncio


async def waiter(fut):
    return await fut


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    w = asyncio.create_task(waiter(fut))
    s = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(repr(w._fut_waiter), repr(s._fut_waiter))
    fut.set_result("x")
    print([repr(h) for h in loop._ready])
    await w
    await s
    print(s._fut_waiter, repr(s.result()))


asyncio.run(main())
