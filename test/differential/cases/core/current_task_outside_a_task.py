import asyncio


def callback():
    print("in a callback, current_task() is", asyncio.current_task())


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(callback)
    await asyncio.sleep(0)
    print(asyncio.current_task() is asyncio.current_task(loop))
    print(asyncio.current_task().get_name())


try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(main())
