import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter got", repr(e), e.args)
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print(fut.cancel("stop now"), fut.cancel("again"), fut.cancelled())
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("result() raised", repr(e))
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(e))
    print(t.cancelled())
    plain = loop.create_future()
    plain.cancel()
    try:
        plain.exception()
    except asyncio.CancelledError as e:
        print("exception() raised", repr(e))


asyncio.run(main())
