import asyncio
import time


async def polite():
    await asyncio.sleep(1)
    print("polite woke at", asyncio.get_running_loop().time())


async def rude():
    print("rude blocks the loop for 2 s")
    time.sleep(2)
    print("rude done at", time.monotonic())


async def main():
    await asyncio.gather(polite(), rude())


asyncio.run(main())
