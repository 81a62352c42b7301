import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancellation swallowed")
        return "inner value"
    return "finished"


async def main():
    result = await asyncio.wait_for(stubborn(), timeout=1)
    print("wait_for returned", repr(result))


asyncio.run(main())
