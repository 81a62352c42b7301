import asyncio
import time

tasks = []


async def first():
    await tasks[1]


async def second(fut):
    await fut
    time.sleep(0.5)
    asyncio.current_task().cancel()
    print("second awaits first, which awaits second")
    await tasks[0]


async def main():
    fut = asyncio.get_running_loop().create_future()
    tasks.append(asyncio.create_task(first()))
    tasks.append(asyncio.create_task(second(fut)))
    await asyncio.sleep(1)
    fut.set_result("go")
    await asyncio.sleep(1)
    print("the loop went on:", tasks[0].done(), tasks[1].done())


asyncio.run(main())
