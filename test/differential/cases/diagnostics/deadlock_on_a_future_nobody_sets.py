import asyncio


async def waiter(fut):
    print("waiting for the future")
    await fut


async def main():
    fut = asyncio.get_running_loop().create_future()
    named = asyncio.create_task(waiter(fut), name="named-waiter")
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(1)
    print("main waits for the tasks")
    await asyncio.gather(t, named)


asyncio.run(main())
