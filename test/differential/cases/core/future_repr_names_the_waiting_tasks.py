import asyncio


async def waiter(fut):
    return await fut


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(fut)) for _ in range(4)]
    print(repr(fut))
    await asyncio.sleep(0)
    print(repr(fut))
    await asyncio.sleep(0.2)
    h = loop.call_later(0.1, print, "a" * 40, list(range(10)))
    print(repr(h))
    fut.set_result(None)
    print(repr(fut))
    await asyncio.gather(*tasks)
    h.cancel()


asyncio.run(main())
