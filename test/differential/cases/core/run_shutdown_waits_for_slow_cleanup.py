import asyncio


async def background():
    try:
        await asyncio.sleep(100)
    finally:
        print("cleanup starts")
        await asyncio.sleep(2)
        print("cleanup ends at", asyncio.get_running_loop().time())


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)


asyncio.run(main())
print("after run")
