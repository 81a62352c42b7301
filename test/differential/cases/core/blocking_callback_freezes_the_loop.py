import asyncio
import time


def blocking(seconds):
    print(f"callback sleeps {seconds}s at {asyncio.get_running_loop().time():.1f}")
    time.sleep(seconds)
    print(f"callback done at {asyncio.get_running_loop().time():.1f}")


async def ticker():
    for i in range(3):
        print(f"tick {i} at {asyncio.get_running_loop().time():.1f}")
        await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(ticker())
    await asyncio.sleep(0.5)
    loop.call_soon(blocking, 2)
    await task


asyncio.run(main())
