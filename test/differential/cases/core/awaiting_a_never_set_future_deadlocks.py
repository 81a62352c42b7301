import asyncio


async def waiter(fut):
    await fut


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(1)
    print("about to wait forever")
    await t


asyncio.run(main())
