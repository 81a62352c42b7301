import asyncio
import time


async def consumer(name, cond, state):
    async with cond:
        print(f"{name} waiting")
        result = await cond.wait()
        print(f"{name} woke at {time.monotonic():.1f} with {result}, items={state['items']}")


async def main():
    cond = asyncio.Condition()
    state = {"items": 0}
    tasks = [asyncio.create_task(consumer(n, cond, state)) for n in ("a", "b", "c", "d")]
    await asyncio.sleep(1)
    async with cond:
        state["items"] = 2
        print("notify() twice: a is woken but still queued, so the second wakes b")
        cond.notify()
        cond.notify()
        print("notify returned; still holding the lock")
        await asyncio.sleep(0)
        print("woken waiter cannot run until we release")
    await asyncio.sleep(1)
    async with cond:
        state["items"] = 3
        print("notify_all()")
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("caught:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("caught:", e)
    print(f"done at {time.monotonic():.1f}")


asyncio.run(main())
