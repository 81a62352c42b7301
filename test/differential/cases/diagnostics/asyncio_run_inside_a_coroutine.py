import asyncio


async def inner():
    print("inner runs")


async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("RuntimeError:", e)
        print("end of except")
    print("after")


asyncio.run(main())
