import asyncio


async def spinner():
    n = 0
    try:
        while True:
            n += 1
            await asyncio.sleep(0)
    finally:
        print("spinner stopped after", n, "steps")


async def main():
    t = asyncio.create_task(spinner())
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel("enough")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(e))


asyncio.run(main())
