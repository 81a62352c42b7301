import asyncio
import time


async def worker(name, queue):
    while True:
        delay = await queue.get()
        await asyncio.sleep(delay)
        print(f"{name} finished a {delay} s job at {time.monotonic():.1f}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for delay in (3, 1, 2, 1, 1):
        queue.put_nowait(delay)
    print(queue)
    workers = [asyncio.create_task(worker(f"worker-{i}", queue)) for i in range(2)]
    started = time.monotonic()
    await queue.join()
    print(f"joined after {time.monotonic() - started:.1f} s: {queue}")
    await queue.join()
    print("a second join() returns at once")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        queue.task_done()
    except ValueError as e:
        print("caught:", e)


asyncio.run(main())
