import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(int, "not a number")
    loop.call_soon(print, "the next callback still runs")
    await asyncio.sleep(0)
    print("main goes on")


asyncio.run(main())
