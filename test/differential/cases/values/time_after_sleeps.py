import asyncio
import time


async def ticker(name, period, count):
    for i in range(count):
        await asyncio.sleep(period)
        print(f"{time.strftime('%X')} {name} tick {i} at {time.time()} mono={time.monotonic()}")


async def main():
    t0 = time.time()
    ns0 = time.perf_counter_ns()
    print(f"started at {time.strftime('%X')} ({t0}, {time.time_ns()}, {time.monotonic_ns()})")
    await asyncio.gather(ticker("fast", 0.3, 4), ticker("slow", 0.75, 2))
    time.sleep(0.5)  # blocks the whole loop: no task runs meanwhile
    print(f"after a blocking sleep: {time.strftime('%H:%M:%S')} {time.time() - t0:.3f}")
    await asyncio.sleep(3600 * 6)
    t = time.localtime()
    print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
    print(time.ctime(), "|", time.asctime(), "|", time.strftime("%a %A %b %B %d %j %y %p %I %c %x %%"))
    print(time.gmtime(0))
    print(time.strftime("%Y-%m-%d %H:%M", time.gmtime(t0 + 86400 * 45.5)))
    print(time.time(), time.time_ns(), time.monotonic(), time.perf_counter_ns() - ns0)
    print(f"elapsed {time.time() - t0:.1f}s = {(time.perf_counter_ns() - ns0) / 1e9} s")


asyncio.run(main())
