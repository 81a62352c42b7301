import asyncio


async def main():
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(1)
        print("inside:", cm.when(), cm.expired())
    print("after:", repr(cm), cm.expired())


asyncio.run(main())
