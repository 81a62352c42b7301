import asyncio


async def slow_cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup starts")
        await asyncio.sleep(2)
        print("cleanup ends")


async def main():
    t = asyncio.create_task(slow_cleanup())
    await asyncio.sleep(1)
    t.cancel()
    print("after cancel():", t.cancelled(), t.done())
    await asyncio.sleep(1)
    print("during cleanup:", t.cancelled(), t.done())
    await asyncio.sleep(1.5)
    print("after cleanup:", t.cancelled(), t.done())


asyncio.run(main())
