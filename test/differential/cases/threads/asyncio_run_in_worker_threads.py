# differential: same-instant-threads-ok the slow worker prints its last lines before it ends, and main prints after joining it
# Each thread runs its own event loop with asyncio.run; the loops share one virtual clock, and a
# thread without a loop has no current event loop. (Delays 1 and 1.25 never wake at one instant:
# two threads printing at the same instant could come out in either order in real CPython.)
import asyncio
import threading
import time


async def count(name, delay):
    for i in range(3):
        await asyncio.sleep(delay)
        print(name, i, 'at', time.monotonic(), threading.current_thread().name, asyncio.current_task().get_name())
    return name


def worker(name, delay):
    print(worker.__name__, name, 'result', asyncio.run(count(name, delay)))


def no_loop():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print('no loop:', e)


threads = [threading.Thread(target=worker, args=('fast', 1)),
           threading.Thread(target=worker, args=('slow', 1.25)),
           threading.Thread(target=no_loop)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('main done at', time.monotonic())
