import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for _ in range(10):
        await asyncio.sleep(0.1)
    print(loop.time(), loop.time() == 1.0)
    loop.call_at(1.0, print, "timer at exactly 1.0")
    await asyncio.sleep(0)
    print("after sleep(0):", loop.time())
    await asyncio.sleep(0.0000000001)
    print(loop.time())


asyncio.run(main())
