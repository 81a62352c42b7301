# differential: same-instant-threads-ok each fetch prints before it returns, and the worker prints after its result()
# The reverse direction: asyncio.run's loop in the main thread, a worker thread hands it
# coroutines with run_coroutine_threadsafe and blocks on their results, while the main loop
# awaits the worker through an Event it polls.
import asyncio
import threading
import time


async def fetch(n):
    await asyncio.sleep(n)
    print('fetched', n, 'in', threading.current_thread().name, asyncio.current_task().get_name())
    return n * 2


def worker(loop, done):
    for n in (1, 2):
        fut = asyncio.run_coroutine_threadsafe(fetch(n), loop)
        print('worker got', fut.result(), 'at', time.monotonic())
    time.sleep(0.25)
    loop.call_soon_threadsafe(done.set)


async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    t = threading.Thread(target=worker, args=(loop, done))
    t.start()
    await done.wait()
    print('main saw done at', loop.time())
    t.join()


asyncio.run(main())
