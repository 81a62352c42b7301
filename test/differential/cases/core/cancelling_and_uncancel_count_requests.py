import asyncio


async def target():
    task = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("in except:", task.cancelling())
        print("uncancel ->", task.uncancel())
        print("uncancel ->", task.uncancel())
        print("uncancel ->", task.uncancel())
    await asyncio.sleep(1)
    return "survived"


async def main():
    t = asyncio.create_task(target())
    await asyncio.sleep(0)
    print(t.cancelling(), t.cancel(), t.cancelling(), t.cancel("two"), t.cancelling())
    print(await t, t.cancelling())


asyncio.run(main())
