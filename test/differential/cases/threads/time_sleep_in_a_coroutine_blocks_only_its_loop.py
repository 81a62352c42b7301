# differential: same-instant-threads-ok the loop thread prints before the coroutines return, and main prints after both results
# time.sleep inside a coroutine freezes its loop's thread (the other task on that loop is late by
# 2 s), while the main thread goes on sleeping on its own.
import asyncio
import threading
import time


def start_loop(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()


async def punctual():
    await asyncio.sleep(1)
    print('punctual woke at', loop.time(), 'instead of 1.0')


async def blocker():
    time.sleep(3)
    print('blocker done at', loop.time())


loop = asyncio.new_event_loop()
t = threading.Thread(target=start_loop, args=(loop,), daemon=True)
t.start()
f1 = asyncio.run_coroutine_threadsafe(punctual(), loop)
f2 = asyncio.run_coroutine_threadsafe(blocker(), loop)
time.sleep(2)
print('main woke at', time.monotonic())
f1.result()
f2.result()
print('all done at', time.monotonic())
