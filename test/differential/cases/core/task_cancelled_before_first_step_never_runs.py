import asyncio


async def body():
    print("body ran")
    return "never"


async def main():
    t = asyncio.create_task(body())
    print(t.cancel(), t.cancelled(), t.done(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting it raised CancelledError")
    print(t.cancelled(), t.done(), t.cancel())


asyncio.run(main())
