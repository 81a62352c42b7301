import asyncio


async def main():
    try:
        async with asyncio.timeout(1) as cm:
            print(repr(cm))
            await asyncio.sleep(5)
            print("not reached")
    except TimeoutError:
        print("TimeoutError, expired:", cm.expired())
    print(repr(cm))


asyncio.run(main())
