import asyncio


async def child(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name


async def main():
    a = asyncio.create_task(child("a", 1))
    b = asyncio.create_task(child("b", 2))
    asyncio.get_running_loop().call_later(0.5, a.cancel, "child stopped")
    g = asyncio.gather(a, b)
    try:
        await g
    except asyncio.CancelledError as e:
        print("main got", repr(e), "at", asyncio.get_running_loop().time())
    print("g.cancelled():", g.cancelled(), "b.done():", b.done())
    await b
    print("b finished anyway")


asyncio.run(main())
