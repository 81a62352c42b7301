import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


try:
    asyncio.create_task(say_after(1, "hello"))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("still in the except block")
print("after the except block")
