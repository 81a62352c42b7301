import asyncio


async def work(x):
    await asyncio.sleep(1)
    print("work", x, "is", asyncio.current_task().get_name())
    return x * 2


loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), loop.is_running(), loop.is_closed())
print(loop.run_until_complete(work(1)))
print(loop.run_until_complete(work(2)), loop.time())
fut = loop.create_future()
loop.call_later(1, fut.set_result, "from a timer")
print(loop.run_until_complete(fut), loop.time())
task = loop.create_task(work(3))
print(loop.run_until_complete(task) is None, task.result())
loop.close()
print(loop.is_closed())
