import asyncio


async def set_after(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)  # fill the future in: whoever awaits it may go on
    print('set_after: result set')


async def foo():
    return 42


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()  # an empty slot for a result that comes later
    setter = asyncio.create_task(set_after(fut, 3, '10089'))
    print('fut:', fut)
    r = await fut  # main is parked here until another task sets the result
    print('r:', r)
    print('fut:', fut)

    print('a Task is a Future:', isinstance(setter, asyncio.Future))
    print('ensure_future(a task) returns it:', asyncio.ensure_future(setter) is setter)
    task = asyncio.ensure_future(foo())  # a coroutine is wrapped in a new Task
    print('ensure_future(foo()) made', task.get_name(), 'which returns', await task)

    never = loop.create_future()  # nobody will ever set this one
    print('now awaiting a future nobody sets...')
    await never  # waits forever: stop `python3 main.py` with Ctrl+C
    print('never printed')


asyncio.run(main())
