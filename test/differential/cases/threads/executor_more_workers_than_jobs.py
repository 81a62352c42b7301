# A pool starts a worker per job only while none is idle: sequential jobs reuse asyncio_0, and a
# pool of 4 given 2 jobs starts 2 threads. A pool of 2 given 3 jobs queues the third.
import asyncio
import concurrent.futures
import threading
import time


def job(n):
    print('job', n, 'in', threading.current_thread().name, 'at', time.monotonic())
    time.sleep(1)
    return n


async def main():
    for n in range(3):
        await asyncio.to_thread(job, n)
    print('default pool threads:', sorted(t.name for t in threading.enumerate()))

    loop = asyncio.get_running_loop()
    big = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix='big')
    print(await asyncio.gather(*[loop.run_in_executor(big, job, n) for n in (10, 11)]), 'at', loop.time())
    print('threads:', sorted(t.name for t in threading.enumerate()))
    big.shutdown(wait=True)

    small = concurrent.futures.ThreadPoolExecutor(max_workers=2)
    futs = [small.submit(job, n) for n in (20, 21, 22)]
    print('submitted at', loop.time(), [f.running() for f in futs])
    print(await asyncio.gather(*[asyncio.wrap_future(f) for f in futs]), 'at', loop.time())
    small.shutdown(wait=True)
    print('threads:', sorted(t.name for t in threading.enumerate()))


asyncio.run(main())
