import asyncio
import time


async def worker(name, sem):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        print(f"{name} cancelled while acquiring, value={sem._value}, locked={sem.locked()}")
        raise
    print(f"{name} acquired at {time.monotonic():.1f}, value={sem._value}")
    await asyncio.sleep(1)
    sem.release()
    print(f"{name} released at {time.monotonic():.1f}, value={sem._value}")


async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(worker("a", sem))
    b = asyncio.create_task(worker("b", sem))
    c = asyncio.create_task(worker("c", sem))
    await asyncio.sleep(0.5)
    print(f"locked={sem.locked()}, value={sem._value}, waiters={len(sem._waiters)}")
    await asyncio.sleep(0.5)
    # a released at 1.0 and handed its unit to b, which has not run yet.
    print(f"cancelling b: value={sem._value}")
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(f"done at {time.monotonic():.1f}, value={sem._value}, locked={sem.locked()}")
    # release() hands the unit to the waiter at once, so a newcomer that arrives
    # before the woken waiter runs finds the semaphore locked and queues behind it.
    await sem.acquire()
    waiter = asyncio.create_task(worker("w", sem))
    await asyncio.sleep(0)
    sem.release()
    print(f"released to w: value={sem._value}, locked={sem.locked()}")
    newcomer = asyncio.create_task(worker("n", sem))
    await asyncio.gather(waiter, newcomer)
    print(f"end at {time.monotonic():.1f}, value={sem._value}")


asyncio.run(main())
