import asyncio


async def work():
    print("running in", asyncio.current_task().get_name())
    await asyncio.sleep(1)
    return "result"


async def main():
    print(await asyncio.wait_for(work(), None))
    later = asyncio.create_task(asyncio.sleep(0))
    print(later.get_name())
    await later


asyncio.run(main())
