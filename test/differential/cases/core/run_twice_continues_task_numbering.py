import asyncio


async def child():
    print("child is", asyncio.current_task().get_name())


async def main(label):
    print(label, "main is", asyncio.current_task().get_name())
    await asyncio.create_task(child())
    asyncio.create_task(child())


asyncio.run(main("first"))
asyncio.run(main("second"))
asyncio.run(main("third"))
