import asyncio


async def important():
    await asyncio.sleep(2)
    print("important work finished")
    return "saved"


async def waiter(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(waiter(inner))
    await asyncio.sleep(1)
    outer.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("outer cancelled:", outer.cancelled(), "inner cancelled:", inner.cancelled())
    print(await inner)


asyncio.run(main())
