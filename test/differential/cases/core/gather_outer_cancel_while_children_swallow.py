import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn swallowed the cancel")
    return "stubborn result"


async def main():
    g = asyncio.gather(stubborn())
    await asyncio.sleep(1)
    g.cancel("outer")
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print("main got", repr(e))
    print(g.cancelled(), g.done())


asyncio.run(main())
