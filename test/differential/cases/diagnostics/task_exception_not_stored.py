import asyncio


async def boom():
    print("boom starts")
    await asyncio.sleep(0.5)
    print("boom raises")
    raise ValueError("boom")


async def other():
    await asyncio.sleep(0.5)
    print("other wakes at the same time")


async def main():
    asyncio.create_task(boom())
    asyncio.create_task(other())
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
print("after run")
