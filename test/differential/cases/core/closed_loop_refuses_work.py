import asyncio


async def nothing():
    pass


loop = asyncio.new_event_loop()
loop.close()
loop.close()
print(loop.is_closed())
for attempt in (lambda: loop.call_soon(print), lambda: loop.call_later(1, print),
                lambda: loop.run_forever()):
    try:
        attempt()
    except RuntimeError as e:
        print("RuntimeError:", e)
coro = nothing()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
try:
    loop.create_task(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
