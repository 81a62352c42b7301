import asyncio


async def background():
    try:
        await asyncio.sleep(100)
    finally:
        print("background finally")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    raise ValueError("main failed")


asyncio.run(main())
