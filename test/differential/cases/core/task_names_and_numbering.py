import asyncio


async def who():
    t = asyncio.current_task()
    print("I am", t.get_name())


async def main():
    print(asyncio.current_task().get_name())
    a = asyncio.create_task(who())
    b = asyncio.create_task(who(), name="worker")
    c = asyncio.create_task(who())
    d = asyncio.get_running_loop().create_task(who(), name="loop-named")
    e = asyncio.ensure_future(who())
    c.set_name("renamed")
    b.set_name(42)
    print([t.get_name() for t in (a, b, c, d, e)])
    await asyncio.gather(a, b, c, d, e)
    f = asyncio.create_task(who())
    print(f.get_name())
    await f


asyncio.run(main())
