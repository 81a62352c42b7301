import asyncio


def report(tag):
    def callback(fut):
        print(tag, fut.result())
    return callback


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for tag in ("first", "second", "third"):
        fut.add_done_callback(report(tag))
    loop.call_soon(print, "call_soon queued before set_result")
    fut.set_result(42)
    print("set_result returned: no callback has run yet")
    fut.add_done_callback(report("added after done"))
    loop.call_soon(print, "call_soon queued after")
    await asyncio.sleep(0)
    print("after one iteration")


asyncio.run(main())
