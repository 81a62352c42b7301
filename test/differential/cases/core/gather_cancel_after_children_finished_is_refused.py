import asyncio


async def quick(x):
    return x


async def main():
    a = asyncio.create_task(quick("a"))
    b = asyncio.create_task(quick("b"))
    await asyncio.sleep(0)
    g = asyncio.gather(a, b)
    print("children done:", a.done(), b.done(), "gather done:", g.done())
    print("cancel() ->", g.cancel())
    print(await g, g.cancelled())


asyncio.run(main())
