import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(1)
    o.cancel()
    await asyncio.sleep(0)
    print("one iteration later:", i.cancelled(), o.cancelled())
    await asyncio.sleep(0)
    print("two iterations later:", i.cancelled(), o.cancelled())


asyncio.run(main())
