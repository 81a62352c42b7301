import asyncio


async def waiter(name, fut):
    try:
        print(name, "got", await fut)
    except asyncio.CancelledError:
        print(name, "cancelled")


async def main():
    fut = asyncio.get_running_loop().create_future()
    a = asyncio.create_task(waiter("a", fut))
    b = asyncio.create_task(waiter("b", fut))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    print("shared future cancelled:", fut.cancelled())
    await asyncio.sleep(0)


asyncio.run(main())
