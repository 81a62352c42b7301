import asyncio
import time


async def producer(queue):
    for i in range(5):
        print(f"put {i}? at {time.monotonic():.1f}, qsize={queue.qsize()}, full={queue.full()}")
        await queue.put(i)
        print(f"put {i} done at {time.monotonic():.1f}")
    await queue.put(None)


async def consumer(queue):
    while True:
        await asyncio.sleep(1)
        item = await queue.get()
        if item is None:
            break
        print(f"got {item} at {time.monotonic():.1f}, qsize={queue.qsize()}")


async def main():
    queue = asyncio.Queue(maxsize=2)
    print(queue, queue.maxsize, queue.empty())
    await asyncio.gather(producer(queue), consumer(queue))
    print(f"done at {time.monotonic():.1f}: {queue}")


asyncio.run(main())
