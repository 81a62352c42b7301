# What the worker returns or raises comes back through the awaited future; a job cancelled while
# still queued never runs.
import asyncio
import concurrent.futures
import time


def ok(x):
    time.sleep(0.5)
    return x * 2


def fails(x):
    time.sleep(0.25)
    raise ValueError(f'bad {x}')


def never():
    print('never runs')


async def main():
    loop = asyncio.get_running_loop()
    print('ok ->', await loop.run_in_executor(None, ok, 21), 'at', loop.time())
    try:
        await asyncio.to_thread(fails, 7)
    except ValueError as e:
        print('caught', repr(e), 'at', loop.time())
    results = await asyncio.gather(asyncio.to_thread(ok, 1), asyncio.to_thread(fails, 2),
                                   return_exceptions=True)
    print('gather ->', results, 'at', loop.time())

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    busy = pool.submit(ok, 5)
    queued = pool.submit(never)
    waiter = asyncio.wrap_future(queued)
    print('cancel queued:', waiter.cancel(), queued.cancelled())
    print('busy ->', await asyncio.wrap_future(busy), 'at', loop.time())
    try:
        await waiter
    except asyncio.CancelledError:
        print('waiter cancelled')
    pool.shutdown()
    await asyncio.to_thread(fails, 'last')


asyncio.run(main())
