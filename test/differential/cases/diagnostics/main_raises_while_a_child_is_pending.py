import asyncio


async def worker():
    try:
        print("worker starts")
        await asyncio.sleep(5)
        print("worker never finishes")
    finally:
        print("worker cleans up")


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("main raises")
    raise ValueError("boom")


asyncio.run(main())
print("never printed")
