import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


print("creating a task without a loop")
asyncio.create_task(say_after(1, "hello"))
print("never printed")
