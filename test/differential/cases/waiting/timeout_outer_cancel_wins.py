import asyncio


async def guarded():
    try:
        async with asyncio.timeout(2) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print("TimeoutError (wrong)")
    except asyncio.CancelledError:
        print("CancelledError, expired:", cm.expired())
        raise


async def main():
    task = asyncio.create_task(guarded())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())


asyncio.run(main())
