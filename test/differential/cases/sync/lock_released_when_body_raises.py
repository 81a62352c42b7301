import asyncio
import time


async def holder(lock):
    try:
        async with lock:
            print(f"holder acquired at {time.monotonic():.1f}")
            await asyncio.sleep(1)
            raise ValueError("boom")
    except ValueError as e:
        print(f"holder caught {e!r} at {time.monotonic():.1f}, locked={lock.locked()}")


async def waiter(lock):
    async with lock:
        print(f"waiter acquired at {time.monotonic():.1f}")
    return "waiter done"


async def main():
    lock = asyncio.Lock()
    print(await asyncio.gather(holder(lock), waiter(lock)))
    lock.release()


asyncio.run(main())
