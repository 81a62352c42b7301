import asyncio
import time


async def worker(name, lock):
    try:
        async with lock:
            print(f"{name} acquired at {time.monotonic():.1f}")
            await asyncio.sleep(1)
            print(f"{name} releasing at {time.monotonic():.1f}")
    except asyncio.CancelledError:
        print(f"{name} cancelled at {time.monotonic():.1f}, locked={lock.locked()}")
        raise


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(worker("a", lock))
    b = asyncio.create_task(worker("b", lock))
    c = asyncio.create_task(worker("c", lock))
    d = asyncio.create_task(worker("d", lock))
    await asyncio.sleep(0.5)
    # b is still waiting: cancelling it takes its future out of the queue.
    b.cancel()
    await asyncio.sleep(0.5)
    # At 1.0 a has just released the lock and woken c, which has not run yet.
    # c is cancelled before it can take the lock, so it passes the lock on to d.
    print(f"cancelling c: a done={a.done()}, locked={lock.locked()}")
    c.cancel()
    results = await asyncio.gather(a, b, c, d, return_exceptions=True)
    print(f"done at {time.monotonic():.1f}: {results}, locked={lock.locked()}")


asyncio.run(main())
