import asyncio

runs = 0


async def once():
    global runs
    runs += 1
    await asyncio.sleep(1)
    return runs


async def main():
    c = once()
    t = asyncio.create_task(once())
    print(await asyncio.gather(c, c, t, t, c))
    print("runs:", runs)


asyncio.run(main())
