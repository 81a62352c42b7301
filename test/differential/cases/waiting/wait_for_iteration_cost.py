import asyncio

ticks = 0


async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0)
        ticks += 1


async def quick():
    print("quick runs in", asyncio.current_task().get_name())
    return 42


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    start = ticks
    result = await asyncio.wait_for(quick(), timeout=5)
    print("result", result, "after", ticks - start, "iterations")
    t.cancel()


asyncio.run(main())
