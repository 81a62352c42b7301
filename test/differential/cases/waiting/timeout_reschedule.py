import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when())
            cm.reschedule(loop.time() + 1)
            print("when:", cm.when())
            await asyncio.sleep(0.5)
            cm.reschedule(loop.time() + 2)
            print("when:", cm.when())
            await asyncio.sleep(10)
    except TimeoutError:
        print("TimeoutError, expired:", cm.expired())


asyncio.run(main())
