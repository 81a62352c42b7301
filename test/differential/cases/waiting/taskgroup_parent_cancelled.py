import asyncio


async def child(n):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def parent():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
    print("not reached")


async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("parent cancelled:", task.cancelled())


asyncio.run(main())
