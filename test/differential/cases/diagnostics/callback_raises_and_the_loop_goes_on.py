import asyncio


def cb(x):
    print("cb", x)
    raise ZeroDivisionError("division by zero")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    loop.call_later(0.5, cb, "two")
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
