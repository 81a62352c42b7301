import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(print)
    fut.add_done_callback(repr)
    fut.add_done_callback(print)
    print(fut.remove_done_callback(print), fut.remove_done_callback(print), fut.remove_done_callback(repr))
    fut.add_done_callback(print)
    fut.add_done_callback(print)
    fut.set_result("called twice")
    print(fut.remove_done_callback(print))
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
