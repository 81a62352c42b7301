import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, "x", 1)
    print(repr(h))
    h.cancel()
    print(repr(h))
    th = loop.call_later(5, print, "late")
    print(repr(th))
    th.cancel()
    print(repr(th))
    fut = loop.create_future()
    print(repr(fut))
    fut.add_done_callback(print)
    print(repr(fut))
    fut.add_done_callback(print)
    fut.add_done_callback(print)
    print(repr(fut))
    fut.set_result([1, "two"])
    print(repr(fut))
    bad = loop.create_future()
    bad.set_exception(ValueError("x"))
    print(repr(bad))
    bad.exception()
    gone = loop.create_future()
    gone.cancel()
    print(repr(gone))
    await asyncio.sleep(0)


asyncio.run(main())
