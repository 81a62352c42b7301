import asyncio


async def work(n):
    await asyncio.sleep(n)
    print("work", n, "done")
    return n * n


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(1))
        t2 = tg.create_task(work(2))
        t3 = tg.create_task(work(3))
        print("tasks created")
    print("all done:", t1.result(), t2.result(), t3.result())


asyncio.run(main())
