# time.sleep in a coroutine freezes every task on the loop (the ticker is late); the same sleep
# handed to asyncio.to_thread runs in a worker thread (asyncio_0) and the ticker keeps its beat.
import asyncio
import threading
import time


async def ticker(n):
    for i in range(n):
        print('tick', i, 'at', asyncio.get_running_loop().time())
        await asyncio.sleep(0.25)


async def main():
    t = asyncio.create_task(ticker(4))
    await asyncio.sleep(0.1)
    time.sleep(1)
    print('time.sleep in a coroutine done at', time.monotonic())
    await t
    t = asyncio.create_task(ticker(4))
    await asyncio.sleep(0.1)
    await asyncio.to_thread(time.sleep, 1)
    print('to_thread(time.sleep) done at', time.monotonic())
    await t
    print('threads:', [th.name for th in threading.enumerate()])


asyncio.run(main())
print('threads after run:', [th.name for th in threading.enumerate()])
