import asyncio


async def forever(fut):
    await fut


async def main():
    fut = asyncio.get_running_loop().create_future()
    g = asyncio.gather(forever(fut), forever(fut))
    print("gathering")
    await g


asyncio.run(main())
