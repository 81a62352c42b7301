import asyncio


async def slow():
    await asyncio.sleep(30)
    return "never"


async def main():
    task = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(task, timeout=1)
    except TimeoutError:
        print("timed out")
    print("cancelled:", task.cancelled())
    print("done:", task.done())


asyncio.run(main())
