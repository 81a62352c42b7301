import asyncio

async def co():
    return 5

f = asyncio.Future()
loop = asyncio.get_event_loop()
print(f.get_loop() is loop)
t = asyncio.ensure_future(co())
g = asyncio.gather(t, co())
print(repr(g))
print(loop.run_until_complete(g))
print(repr(g))
