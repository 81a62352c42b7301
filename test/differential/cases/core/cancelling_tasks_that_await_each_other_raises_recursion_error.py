import asyncio

tasks = []


async def a():
    await tasks[1]


async def b():
    await tasks[0]


async def main():
    tasks.append(asyncio.create_task(a()))
    tasks.append(asyncio.create_task(b()))
    await asyncio.sleep(1)
    try:
        tasks[0].cancel()
    except RecursionError as e:
        print("RecursionError:", e)
    print(tasks[0].done(), tasks[1].done())
    await asyncio.sleep(1)
    print(tasks[0].done(), tasks[1].done())


asyncio.run(main())
