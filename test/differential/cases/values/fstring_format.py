import asyncio
import time


async def worker(name, delay, results):
    start = time.perf_counter()
    await asyncio.sleep(delay)
    elapsed = time.perf_counter() - start
    results[name] = elapsed
    print(f"[{name:>8}] done in {elapsed:.2f}s ({elapsed:.3f}) {elapsed * 1000:08.3f}ms")


async def main():
    results = {}
    start = time.perf_counter()
    await asyncio.gather(worker("fetch", 0.125, results), worker("parse", 1.5, results), worker("db", 2.675, results))
    total = time.perf_counter() - start
    print(f"total {total:.2f}s, {len(results)} jobs: {results}")
    for name, secs in results.items():
        print(f"|{name:<10}|{name:^10}|{name:*^11}|{secs:>10.4f}|{secs / total:.1%}|{secs:e}|{secs:g}|")
    print(f"{0.125:.2f} {2.675:.2f} {0.375:.2f} {2.5:.0f} {3.5:.0f} {1234567:,} {1234567.891:,.2f} {-42:+d} {42:+d}")
    print(f"{255:#x} {255:X} {255:#o} {5:b} {5:08b} {1e-7:.3e} {123456789:.3g} {0.000012345:g} {1e100:g}")
    print(f"{True} {None} {'quoted'!r} {[1, 'a']!s} {total!r:>25} {3:5d}| {3.0:5}| {'x':5}| {42:<5}|")
    print(f"{-0.0001:z.2f} {-0.0001:.2f} {float('nan'):8.2f} {float('inf'):+} {10 / 4} {10 / 5}")
    print("{:.2f} and {:>6}".format(3.14159, "right"), format(0.5, ".0%"), format(1 / 3, ".4"))


asyncio.run(main())
