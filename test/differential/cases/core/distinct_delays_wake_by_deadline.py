import asyncio


async def sleeper(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("woke", name)
    await asyncio.sleep(delay)
    print("woke again", name)


async def main():
    await asyncio.gather(sleeper("a", 0.3), sleeper("b", 0.1), sleeper("c", 0.2))


asyncio.run(main())
