import asyncio
import time


async def getter(name, queue):
    try:
        item = await queue.get()
    except asyncio.CancelledError:
        print(f"{name} cancelled, qsize={queue.qsize()}")
        raise
    print(f"{name} got {item!r} at {time.monotonic():.1f}")


async def putter(name, queue, item):
    try:
        await queue.put(item)
    except asyncio.CancelledError:
        print(f"{name} cancelled, qsize={queue.qsize()}")
        raise
    print(f"{name} put {item!r} at {time.monotonic():.1f}")


async def main():
    queue = asyncio.Queue()
    g1 = asyncio.create_task(getter("g1", queue))
    g2 = asyncio.create_task(getter("g2", queue))
    await asyncio.sleep(1)
    print(queue)
    queue.put_nowait("item")
    # g1 was woken and is no longer queued; cancelled before it runs, it wakes g2.
    print(queue)
    g1.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)

    full = asyncio.Queue(1)
    full.put_nowait("old")
    p1 = asyncio.create_task(putter("p1", full, "a"))
    p2 = asyncio.create_task(putter("p2", full, "b"))
    await asyncio.sleep(1)
    print(full)
    print("took", full.get_nowait())
    p1.cancel()
    await asyncio.gather(p1, p2, return_exceptions=True)
    print(full)


asyncio.run(main())
