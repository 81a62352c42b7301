import asyncio


async def worker():
    me = asyncio.current_task()
    me.cancel("self")
    sleeper = asyncio.sleep(10)
    try:
        await sleeper
    except asyncio.CancelledError as e:
        print("awaiting raised at once", repr(e), asyncio.get_running_loop().time())
    await asyncio.sleep(1)
    print("finished normally")


async def main():
    t = asyncio.create_task(worker())
    await t
    print(t.cancelled(), t.cancelling())


asyncio.run(main())
