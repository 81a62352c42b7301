import asyncio


async def main():
    loop = asyncio.get_running_loop()
    keep = loop.call_later(1, print, "kept timer")
    drop = loop.call_later(0.5, print, "dropped timer")
    print(drop.cancelled())
    drop.cancel()
    drop.cancel()
    print(drop.cancelled(), keep.cancelled(), keep.when())
    await asyncio.sleep(2)
    print("done at", loop.time())


asyncio.run(main())
