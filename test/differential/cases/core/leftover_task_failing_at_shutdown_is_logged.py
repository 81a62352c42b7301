import asyncio


async def bad_cleanup():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("cleanup fails")
        raise ValueError("cleanup broke")


async def main():
    asyncio.create_task(bad_cleanup())
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
print("after run")
