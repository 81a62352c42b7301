import asyncio


async def nap(d):
    await asyncio.sleep(d)


async def main():
    print(len(asyncio.all_tasks()))
    tasks = [asyncio.create_task(nap(d)) for d in (1, 2, 3)]
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    await tasks[0]
    print(len(asyncio.all_tasks()), tasks[0] in asyncio.all_tasks())
    tasks[2].cancel()
    print(len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))
    await tasks[1]
    print(len(asyncio.all_tasks()))


asyncio.run(main())
