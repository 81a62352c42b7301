import asyncio


async def work(delay):
    await asyncio.sleep(delay)
    print("finished", delay)
    return delay * 10


async def main():
    tasks = [asyncio.create_task(work(d)) for d in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print([t.result() for t in tasks])


asyncio.run(main())
