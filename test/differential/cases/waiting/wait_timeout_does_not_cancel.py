import asyncio


async def slow():
    await asyncio.sleep(3)
    print("slow finished")
    return "late"


async def main():
    task = asyncio.create_task(slow())
    done, pending = await asyncio.wait([task], timeout=1)
    print(len(done), len(pending), task in pending)
    print("cancelled:", task.cancelled())
    print(await task)


asyncio.run(main())
