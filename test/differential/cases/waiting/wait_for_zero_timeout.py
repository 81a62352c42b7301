import asyncio


async def work():
    print("work started")
    await asyncio.sleep(1)
    return 1


async def main():
    try:
        await asyncio.wait_for(work(), timeout=0)
    except TimeoutError:
        print("TimeoutError")
    later = asyncio.create_task(asyncio.sleep(0))
    print(later.get_name())
    await later


asyncio.run(main())
