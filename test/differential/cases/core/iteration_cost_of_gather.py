import asyncio

tick = 0


async def counter():
    global tick
    while True:
        print("tick", tick)
        tick += 1
        await asyncio.sleep(0)


async def value():
    return "v"


async def main():
    c = asyncio.create_task(counter())
    await asyncio.sleep(0)
    start = tick
    print(await asyncio.gather(value()), "gather(coro) cost", tick - start)
    t = asyncio.create_task(value())
    await t
    start = tick
    print(await asyncio.gather(t), "gather(done task) cost", tick - start)
    start = tick
    print(await asyncio.gather(), "gather() cost", tick - start)
    c.cancel()


asyncio.run(main())
