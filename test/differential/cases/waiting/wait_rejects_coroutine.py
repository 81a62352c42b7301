import asyncio


async def work():
    await asyncio.sleep(1)


async def main():
    coro = work()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()


asyncio.run(main())
