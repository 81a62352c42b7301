import asyncio


async def work(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(work(d)) for d in (1, 5, 3)]
    try:
        for next_done in asyncio.as_completed(tasks, timeout=2):
            print("got", await next_done)
    except TimeoutError:
        print("TimeoutError")
    print([t.done() for t in tasks], [t.cancelled() for t in tasks])
    for t in tasks:
        t.cancel()


asyncio.run(main())
