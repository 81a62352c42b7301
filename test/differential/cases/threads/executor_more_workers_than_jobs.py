# A pool starts a worker per job only while none is idle: sequential jobs reuse asyncio_0, and a
# pool of 4 given 2 jobs starts 2 threads. A pool of 2 given 3 jobs queues the third. (Jobs report
# where and when they started in their results rather than printing as they start, which could
# come out before or after the main thread's lines; the main thread pauses after each sequential
# job so the worker is idle again by the next, which right after the await it may not be yet.)
import asyncio
import concurrent.futures
import threading
import time


def job(n, seconds=1):
    started = time.monotonic()
    time.sleep(seconds)
    return n, threading.current_thread().name, started


async def main():
    for n in range(3):
        print(await asyncio.to_thread(job, n))
        await asyncio.sleep(0.25)
    print('default pool threads:', sorted(t.name for t in threading.enumerate()))

    loop = asyncio.get_running_loop()
    big = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix='big')
    print(await asyncio.gather(*[loop.run_in_executor(big, job, n) for n in (10, 11)]), 'at', loop.time())
    print('threads:', sorted(t.name for t in threading.enumerate()))
    big.shutdown(wait=True)

    small = concurrent.futures.ThreadPoolExecutor(max_workers=2)
    futs = [small.submit(job, n, seconds) for n, seconds in ((20, 1), (21, 1.5), (22, 1))]
    await asyncio.sleep(0.5)
    print('running at', loop.time(), [f.running() for f in futs])
    print(await asyncio.gather(*[asyncio.wrap_future(f) for f in futs]), 'at', loop.time())
    small.shutdown(wait=True)
    print('threads:', sorted(t.name for t in threading.enumerate()))


asyncio.run(main())
