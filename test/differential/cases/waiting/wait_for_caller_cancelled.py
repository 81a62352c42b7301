import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        await asyncio.sleep(0.25)
        print("inner cleaned up")
        raise


async def caller():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("caller cancelled")
        raise


async def main():
    task = asyncio.create_task(caller())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main saw CancelledError, cancelled:", task.cancelled())


asyncio.run(main())
