import asyncio


async def main():
    g = asyncio.gather()
    print(g.done(), g.result())
    print(await g)
    print(await asyncio.gather(return_exceptions=True))


asyncio.run(main())
