import asyncio


async def self_cancel():
    me = asyncio.current_task()
    print("cancel() ->", me.cancel("by myself"))
    print("still running, cancelled() is", me.cancelled())
    return "this result is discarded"


async def main():
    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(e))
    print(t.cancelled(), t.cancelling())


asyncio.run(main())
