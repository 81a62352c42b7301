import asyncio


async def ticker():
    for i in range(4):
        print(f"tick {i}")
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    # None of these yield to the loop: the ticker does not run in between.
    lock = asyncio.Lock()
    await lock.acquire()
    lock.release()
    sem = asyncio.Semaphore(1)
    async with sem:
        pass
    event = asyncio.Event()
    event.set()
    await event.wait()
    queue = asyncio.Queue()
    await queue.put(1)
    await queue.get()
    queue.task_done()
    await queue.join()
    print("lock, semaphore, event and queue fast paths: no tick in between")
    await asyncio.sleep(0)

    # A waiter that is cancelled stays queued until it runs, but no longer counts.
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(f"waiters: {len(lock._waiters)}")
    w.cancel()
    lock.release()
    print(f"released: locked={lock.locked()}, waiters still queued: {len(lock._waiters)}")
    await lock.acquire()
    print(f"a newcomer took the lock at once: locked={lock.locked()}")
    await asyncio.sleep(0)
    print(f"w cancelled={w.cancelled()}, waiters: {len(lock._waiters)}")
    lock.release()
    await t


asyncio.run(main())
