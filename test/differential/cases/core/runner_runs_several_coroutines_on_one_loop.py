import asyncio


async def step(n):
    await asyncio.sleep(1)
    print("step", n, asyncio.current_task().get_name(), asyncio.get_running_loop().time())
    return n


runner = asyncio.Runner()
print(runner.run(step(1)))
loop = runner.get_loop()
print(runner.run(step(2)), runner.get_loop() is loop)
runner.close()
print(loop.is_closed())
coro = step(3)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
