import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    print("start")
    await say_after(1)
    print("end")


asyncio.run(main())
