import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(loop.is_running(), loop.is_closed())


asyncio.run(main())
