import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_at(loop.time(), print, "call_at(now)")
    loop.call_later(0, print, "call_later(0)")
    loop.call_soon(print, "call_soon")
    loop.call_later(-1, print, "call_later(-1)")
    loop.call_soon(print, "call_soon 2")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")


asyncio.run(main())
