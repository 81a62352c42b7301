import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("a long enough result")
    values = [
        "a" * 40, "it's " * 10, "é" * 40, 10 ** 50, list(range(10)), (1,), tuple(range(8)),
        {3, 1, 2}, set(), {"b": 1, "a": 2, "c": 3, "d": 4, "e": 5}, [[[[[[[1]]]]]]], 1.5, None, True,
        done, [], {},
    ]
    for value in values:
        handle = loop.call_soon(print, value)
        print(repr(handle))
        handle.cancel()


asyncio.run(main())
