import asyncio


async def quits():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("my own")


async def main():
    t = asyncio.create_task(quits())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(e))
    print(t.cancelled(), t.cancelling())


asyncio.run(main())
