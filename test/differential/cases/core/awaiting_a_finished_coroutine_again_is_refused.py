import asyncio


async def work(n):
    await asyncio.sleep(1)
    return n


async def main():
    c = work(1)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("second await RuntimeError:", e)

    closed = work(2)
    closed.close()
    try:
        await closed
    except RuntimeError as e:
        print("closed RuntimeError:", e)

    running = work(3)
    t = asyncio.create_task(running)
    await asyncio.sleep(0)
    try:
        await running
    except RuntimeError as e:
        print("running RuntimeError:", e)
    print(await t)
    try:
        await running
    except RuntimeError as e:
        print("after the task RuntimeError:", e)

    awaited = work(4)
    print(await awaited)
    try:
        await asyncio.create_task(awaited)
    except RuntimeError as e:
        print("task of an awaited coroutine RuntimeError:", e)

    try:
        await asyncio.create_task(closed)
    except RuntimeError as e:
        print("task of a closed coroutine RuntimeError:", e)
    print("done at", asyncio.get_running_loop().time())


asyncio.run(main())
