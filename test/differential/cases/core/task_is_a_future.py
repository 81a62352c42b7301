import asyncio


async def work():
    return 7


async def main():
    loop = asyncio.get_running_loop()
    coro = work()
    print(asyncio.iscoroutine(coro), asyncio.isfuture(coro))
    task = asyncio.ensure_future(coro)
    print(isinstance(task, asyncio.Future), isinstance(task, asyncio.Task), asyncio.isfuture(task))
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut, asyncio.ensure_future(task) is task)
    print(isinstance(fut, asyncio.Task), task.get_loop() is loop, fut.get_loop() is loop)
    print(await task, task.result(), task.done())
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError", e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
