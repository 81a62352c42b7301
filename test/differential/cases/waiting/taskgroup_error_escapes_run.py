import asyncio


async def crash():
    await asyncio.sleep(1)
    raise ValueError("boom")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crash())
        print("waiting for the group")
    print("not reached")


asyncio.run(main())
