import asyncio


async def boom(n):
    print("boom", n)
    raise ValueError(f"boom {n}")


async def main():
    asyncio.create_task(boom(1))
    tasks = [asyncio.create_task(boom(2)), asyncio.create_task(boom(3))]
    print("main returns")


asyncio.run(main())
print("after run")
