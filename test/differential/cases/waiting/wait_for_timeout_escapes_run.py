import asyncio


async def main():
    print("waiting")
    await asyncio.wait_for(asyncio.sleep(10), 1.5)


asyncio.run(main())
