import asyncio


async def two_steps():
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    print("0.1 + 0.2 done at", asyncio.get_running_loop().time())


async def one_step():
    await asyncio.sleep(0.3)
    print("0.3 done at", asyncio.get_running_loop().time())


async def main():
    print(0.1 + 0.2, 0.1 + 0.2 > 0.3)
    await asyncio.gather(two_steps(), one_step())


asyncio.run(main())
