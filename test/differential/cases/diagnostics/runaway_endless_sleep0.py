# differential: max-iterations=40
import asyncio


async def spin():
    n = 0
    while True:
        n += 1
        if n % 10 == 0:
            print("spin", n)
        await asyncio.sleep(0)


async def main():
    asyncio.create_task(spin())
    await asyncio.sleep(1)
    print("never printed")


asyncio.run(main())
