import asyncio


async def measure(loop, delay):
    start = loop.time()
    await asyncio.sleep(delay)
    return loop.time() - start


async def main():
    loop = asyncio.get_running_loop()
    print(loop.time())
    elapsed = await asyncio.gather(measure(loop, 0.1), measure(loop, 0.25), measure(loop, 1))
    print(elapsed)
    print(loop.time(), sum(elapsed))
    print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 2, 7 / 2, 1e-05, 0.0001, 1e16, 1e15, 123456789.0)
    print(-0.0, float("inf"), -float("inf"), float("nan"), 2.5e-300, 1.7976931348623157e308)
    print(round(2.675, 2), round(0.125, 2), round(2.5), round(3.5), round(-0.5), round(1234.5678, -2))
    print([round(x, 1) for x in elapsed], max(elapsed), min(elapsed))
    total = 0.0
    for _ in range(10):
        total += 0.1
    print(total, total == 1.0, int(total * 10))


asyncio.run(main())
