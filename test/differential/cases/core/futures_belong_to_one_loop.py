import asyncio

first = asyncio.new_event_loop()
second = asyncio.new_event_loop()
fut = first.create_future()
try:
    second.run_until_complete(fut)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.ensure_future(fut, loop=second)
except ValueError as e:
    print("ValueError:", e)
print(asyncio.ensure_future(fut, loop=first) is fut)
first.call_soon(fut.set_result, "first loop's result")
print(first.run_until_complete(fut))
first.close()
second.close()
