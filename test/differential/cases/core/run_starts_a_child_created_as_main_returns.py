import asyncio


async def child():
    print("child started")
    await asyncio.sleep(1)
    print("never: the loop shuts down first")


async def main():
    asyncio.create_task(child())
    print("main returns")
    return "main result"


print(asyncio.run(main()))
