import asyncio


async def fail(exc):
    await asyncio.sleep(1)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("first")))
            tg.create_task(fail(TypeError("second")))
    except ExceptionGroup as eg:
        print(eg)
        for exc in eg.exceptions:
            print(" ", repr(exc))


asyncio.run(main())
