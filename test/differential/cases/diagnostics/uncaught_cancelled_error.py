import asyncio


async def main():
    task = asyncio.current_task()
    asyncio.get_running_loop().call_later(1, task.cancel)
    try:
        await asyncio.sleep(5)
    finally:
        print("main cleanup at", asyncio.get_running_loop().time())


asyncio.run(main())
