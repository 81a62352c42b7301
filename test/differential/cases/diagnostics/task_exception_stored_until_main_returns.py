import asyncio


async def boom():
    await asyncio.sleep(0.5)
    raise ValueError("boom")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(1)
    print("main done, t is", "done" if t.done() else "pending")


asyncio.run(main())
print("after run")
