import asyncio


async def producer(fut):
    await asyncio.sleep(3)
    fut.set_result(10089)
    print("producer set the result")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    asyncio.create_task(producer(fut))
    print("waiting", fut.done())
    r = await fut
    print(f"r: {r}", fut.done())


asyncio.run(main())
