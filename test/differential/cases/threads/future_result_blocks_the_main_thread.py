# concurrent.futures.Future.result(timeout) blocks the calling thread: a 2 s timeout expires before
# the 5 s job is done (TimeoutError), then result() waits for the rest.
import asyncio
import threading
import time


def start_loop(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()


async def job():
    await asyncio.sleep(5)
    return 'job result'


loop = asyncio.new_event_loop()
t = threading.Thread(target=start_loop, args=(loop,), daemon=True)
t.start()
fut = asyncio.run_coroutine_threadsafe(job(), loop)
try:
    fut.result(timeout=2)
except TimeoutError as e:
    print('timed out', repr(e), time.monotonic(), fut.done())
print(fut.result(), time.monotonic(), fut.done())
loop.call_soon_threadsafe(loop.stop)
t.join()
