import asyncio


async def source():
    await asyncio.sleep(1)
    return "shared"


async def reader(name, t):
    print(name, "got", await t)


async def main():
    t = asyncio.create_task(source())
    t.add_done_callback(lambda f: print("done callback sees", f.result()))
    readers = [asyncio.create_task(reader(n, t)) for n in ("r1", "r2", "r3")]
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("late done callback"))
    await asyncio.gather(*readers)
    print(await t)


asyncio.run(main())
