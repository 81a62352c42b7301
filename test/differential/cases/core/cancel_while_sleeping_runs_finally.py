import asyncio


async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(10)
        print("never printed")
    finally:
        print("finally at", asyncio.get_running_loop().time())


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    t.cancel()
    print("cancel requested; cancelled() is", t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError at", asyncio.get_running_loop().time())
    await asyncio.sleep(20)
    print("no stray timer woke anything")


asyncio.run(main())
