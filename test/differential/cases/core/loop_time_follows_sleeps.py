import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    print(loop.time(), time.monotonic())
    await asyncio.sleep(1.5)
    print(loop.time(), time.monotonic())
    await asyncio.sleep(0.25)
    print(loop.time())
    loop.call_later(0.125, lambda: print("timer at", loop.time()))
    await asyncio.sleep(1)
    print(loop.time())


asyncio.run(main())
