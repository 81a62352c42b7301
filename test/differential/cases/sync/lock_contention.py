import asyncio
import time


async def worker(name, lock):
    print(f"{name} wants the lock at {time.monotonic():.1f}, locked={lock.locked()}")
    async with lock:
        print(f"{name} acquired at {time.monotonic():.1f}")
        await asyncio.sleep(1)
        print(f"{name} releasing at {time.monotonic():.1f}")
    print(f"{name} done")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker("a", lock), worker("b", lock), worker("c", lock))
    print(f"all done at {time.monotonic():.1f}, locked={lock.locked()}")


asyncio.run(main())
