import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for call in (fut.result, fut.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    fut.set_result(1)
    for call in (lambda: fut.set_result(2), lambda: fut.set_exception(ValueError()), fut.cancel):
        try:
            print("returned", call())
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    print(fut.result(), fut.exception(), fut.cancelled())
    task = asyncio.create_task(asyncio.sleep(0))
    for call in (lambda: task.set_result(1), lambda: task.set_exception(ValueError())):
        try:
            call()
        except RuntimeError as e:
            print(type(e).__name__, e)
    await task


asyncio.run(main())
