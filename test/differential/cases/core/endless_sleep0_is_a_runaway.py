# differential: max-iterations=50
import asyncio


async def spin():
    n = 0
    while True:
        n += 1
        if n % 10 == 0:
            print("spin", n)
        await asyncio.sleep(0)


async def main():
    await asyncio.sleep(0.5)
    await spin()


asyncio.run(main())
