import asyncio


async def inner():
    return 1


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await coro)
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(loop.create_future())
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.run(42)
    except Exception as e:
        print(type(e).__name__, e)


asyncio.run(main())
