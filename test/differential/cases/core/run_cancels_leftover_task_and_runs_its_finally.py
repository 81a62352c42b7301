import asyncio


async def background():
    try:
        print("background started")
        await asyncio.sleep(100)
    except asyncio.CancelledError as e:
        print("background cancelled at shutdown", repr(e), asyncio.current_task().get_name())
        raise
    finally:
        print("background finally")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
print("after run")
