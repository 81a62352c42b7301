import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("caught the cancellation, carrying on")
    await asyncio.sleep(1)
    print("still running at", asyncio.get_running_loop().time())
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    t.cancel()
    result = await t
    print(result, t.cancelled(), t.cancelling())


asyncio.run(main())
