import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    finally:
        print("stubborn finally")
        raise ValueError("oops in cleanup")


async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
print("after run")
