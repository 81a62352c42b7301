import asyncio


async def slow():
    await asyncio.sleep(5)
    return "slow"


loop = asyncio.new_event_loop()
loop.call_later(1, loop.stop)
task = loop.create_task(slow())
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print("RuntimeError:", e, "at", loop.time())
print(task.done(), loop.run_until_complete(task), loop.time())
loop.close()
