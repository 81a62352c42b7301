import asyncio


async def waiter(fut):
    try:
        value = await fut
        print("got", value)
    except asyncio.CancelledError:
        print("cancelled although the future had a result:", fut.result())
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result("value")
    print("cancel() ->", t.cancel())
    await asyncio.sleep(0)
    print(t.cancelled())


asyncio.run(main())
