import asyncio


async def assassin(target):
    await asyncio.sleep(1)
    print("cancelling main")
    target.cancel()


async def main():
    asyncio.create_task(assassin(asyncio.current_task()))
    try:
        await asyncio.sleep(5)
    finally:
        print("main finally at", asyncio.get_running_loop().time())


asyncio.run(main())
