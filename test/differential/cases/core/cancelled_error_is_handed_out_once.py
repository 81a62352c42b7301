import asyncio


async def victim():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel("reason")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for _ in range(3):
        try:
            t.result()
        except asyncio.CancelledError as e:
            print(repr(e))
    try:
        await t
    except asyncio.CancelledError as e:
        print("await:", repr(e))


asyncio.run(main())
