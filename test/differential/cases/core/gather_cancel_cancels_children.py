import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    g = asyncio.gather(child("a", 1), child("b", 5), child("c", 6))
    await asyncio.sleep(2)
    print("cancel() ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("awaiting gather raised", repr(e))
    print("g.cancelled():", g.cancelled(), "g.done():", g.done())
    print("cancel again ->", g.cancel())


asyncio.run(main())
