import asyncio


async def other():
    print("other ran")


async def main():
    asyncio.create_task(other())
    print(await asyncio.sleep(-5, result="negative"))
    print(await asyncio.sleep(0.5, result=["half"]), asyncio.get_running_loop().time())
    print(await asyncio.sleep(0))


asyncio.run(main())
