import asyncio
import time


async def job(delay):
    await asyncio.sleep(delay)
    print(f"job {delay} done at {time.monotonic():.1f}")
    return delay


async def main():
    t2 = asyncio.create_task(job(2))
    t3 = asyncio.create_task(job(3))
    await asyncio.sleep(5)
    print("slept 5")
    done, pending = await asyncio.wait([t2, t3])
    print(len(done), len(pending), t2.result() + t3.result())


asyncio.run(main())
