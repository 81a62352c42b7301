import asyncio
import time


async def waiter(cond, box):
    async with cond:
        value = await cond.wait_for(lambda: box[0] >= 3)
        print(f"predicate true at {time.monotonic():.1f}: {value}")


async def cancelled_waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print(f"cancelled at {time.monotonic():.1f}, holding the lock again: {cond.locked()}")
            raise


async def main():
    cond = asyncio.Condition()
    box = [0]
    w = asyncio.create_task(waiter(cond, box))
    for _ in range(4):
        await asyncio.sleep(1)
        async with cond:
            box[0] += 1
            print(f"box={box[0]} at {time.monotonic():.1f}")
            cond.notify_all()
    await w
    # Cancelled while we hold the lock: the waiter must wait for the lock before it can raise.
    c = asyncio.create_task(cancelled_waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        c.cancel()
        await asyncio.sleep(0.5)
        print(f"holding the lock at {time.monotonic():.1f}, c done={c.done()}")
    await asyncio.gather(c, return_exceptions=True)
    print(f"done at {time.monotonic():.1f}, cancelled={c.cancelled()}, locked={cond.locked()}")


asyncio.run(main())
