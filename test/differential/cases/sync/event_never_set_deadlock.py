import asyncio


async def waiter(event):
    print("waiting for an event nobody sets")
    await event.wait()
    print("never printed")


async def main():
    event = asyncio.Event()
    lock = asyncio.Lock()
    await lock.acquire()
    asyncio.create_task(waiter(event))
    asyncio.create_task(lock.acquire())
    queue = asyncio.Queue()
    asyncio.create_task(queue.get())
    await asyncio.sleep(1)
    print("main waits too")
    await event.wait()


asyncio.run(main())
