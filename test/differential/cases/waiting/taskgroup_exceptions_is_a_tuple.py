import asyncio


async def fail(exc):
    await asyncio.sleep(1)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("a")))
            tg.create_task(fail(TypeError("b")))
    except ExceptionGroup as eg:
        print(eg.exceptions)
        print(repr(eg))
        print(str(eg))
        print(eg.args)
        print(len(eg.exceptions), eg.exceptions[1])
    one = ExceptionGroup("one", [KeyError("k")])
    print(one.exceptions, repr(one))


asyncio.run(main())
