import asyncio


async def sleeper(i):
    await asyncio.sleep(1)
    print("woke", i)


async def main():
    tasks = [asyncio.create_task(sleeper(i)) for i in range(8)]
    for t in tasks:
        await t


asyncio.run(main())
