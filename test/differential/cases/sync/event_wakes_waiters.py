import asyncio
import time


async def waiter(name, event):
    print(f"{name} waiting at {time.monotonic():.1f}")
    await event.wait()
    print(f"{name} woke at {time.monotonic():.1f}, is_set={event.is_set()}")


async def setter(event):
    await asyncio.sleep(1)
    print("setting the event")
    event.set()
    print("set() returned; nobody has run yet")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(name, event)) for name in ("a", "b", "c")]
    asyncio.create_task(setter(event))
    await asyncio.gather(*tasks)
    print("already set: wait() returns without yielding:", await event.wait())
    event.clear()
    print("cleared:", event.is_set())


asyncio.run(main())
