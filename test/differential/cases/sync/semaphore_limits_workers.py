import asyncio
import time


async def worker(n, sem):
    async with sem:
        print(f"worker {n} acquired at {time.monotonic():.1f}, locked={sem.locked()}")
        await asyncio.sleep(1)
    print(f"worker {n} released at {time.monotonic():.1f}")


async def main():
    sem = asyncio.Semaphore(2)
    start = time.monotonic()
    await asyncio.gather(*(worker(n, sem) for n in range(5)))
    print(f"total {time.monotonic() - start:.1f} s, locked={sem.locked()}")


asyncio.run(main())
