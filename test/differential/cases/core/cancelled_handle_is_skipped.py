import asyncio


async def main():
    loop = asyncio.get_running_loop()
    a = loop.call_soon(print, "a")
    b = loop.call_soon(print, "b")
    c = loop.call_soon(print, "c")
    b.cancel()
    print(a.cancelled(), b.cancelled(), c.cancelled())
    await asyncio.sleep(0)
    print("main resumed")


asyncio.run(main())
