import asyncio


async def where():
    return asyncio.get_running_loop()


loop = asyncio.new_event_loop()
other = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(other.run_until_complete(where()) is other)
print(loop.run_until_complete(where()) is loop)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
other.close()
loop.close()
