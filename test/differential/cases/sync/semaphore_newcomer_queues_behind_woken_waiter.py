import asyncio


async def worker(name, sem):
    print(f"{name} acquiring: locked={sem.locked()}, value={sem._value}")
    await sem.acquire()
    print(f"{name} acquired: value={sem._value}")


async def main():
    sem = asyncio.Semaphore(2)
    await sem.acquire()
    await sem.acquire()
    w = asyncio.create_task(worker("w", sem))
    await asyncio.sleep(0)
    # n starts in the next iteration, just before w resumes.
    n = asyncio.create_task(worker("n", sem))
    sem.release()
    print(f"first release woke w: value={sem._value}")
    sem.release()
    print(f"second release found nobody to wake: value={sem._value}")
    # n runs first: w has been woken but still counts, so n queues behind it.
    # Then w resumes, finds a spare unit and wakes n.
    await asyncio.gather(w, n)
    print(f"both acquired: value={sem._value}, locked={sem.locked()}")


asyncio.run(main())
