import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for i in range(3):
        print("tick", i, "at", loop.time())
        asyncio.sleep(1)
    print("the loop never slept:", loop.time())
    asyncio.sleep(1)
    await asyncio.sleep(1)
    print("one real sleep:", loop.time())


asyncio.run(main())
