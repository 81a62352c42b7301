import asyncio


async def main():
    s = asyncio.sleep(0.5, "slept")
    print(await s)
    try:
        print(await s)
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(s)
    try:
        await t
    except RuntimeError as e:
        print("task RuntimeError:", e)
    z = asyncio.sleep(0)
    print(await z)
    try:
        await z
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
