import asyncio


async def child(n):
    print("child", n)


loop = asyncio.new_event_loop()
loop.create_task(child(1))
kept = loop.create_task(child(2))
print("end of the program")
