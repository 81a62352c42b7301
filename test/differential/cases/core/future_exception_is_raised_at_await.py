import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1, fut.set_exception, ValueError("boom"))
    try:
        await fut
    except ValueError as e:
        print("caught", repr(e), "at", loop.time())
    print(repr(fut.exception()))
    fut2 = loop.create_future()
    fut2.set_exception(KeyError("k"))
    try:
        fut2.result()
    except KeyError as e:
        print("result() raised", repr(e))
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
