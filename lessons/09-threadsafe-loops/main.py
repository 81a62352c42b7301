import asyncio
import time
from threading import Thread

now = lambda: time.time()


def start_loop(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()  # runs until someone calls loop.stop()


async def do_some_work(x):
    print('Waiting {}'.format(x))
    await asyncio.sleep(x)
    print('Done after {}s'.format(x))
    return x


def more_work(x):
    print('More work {}'.format(x))
    time.sleep(x)  # blocks the loop's thread: nothing else runs on it
    print('Finished more work {}'.format(x))


async def do_blocking_work(x):
    more_work(x)  # no await: no other task can run until it returns
    return x


start = now()
new_loop = asyncio.new_event_loop()
t = Thread(target=start_loop, args=(new_loop,))
t.start()
print('TIME: {:.1f}'.format(now() - start))

# coroutines sent to the loop in the other thread: their waits overlap
f6 = asyncio.run_coroutine_threadsafe(do_some_work(6), new_loop)
f4 = asyncio.run_coroutine_threadsafe(do_some_work(4), new_loop)
r6, r4 = f6.result(), f4.result()  # blocks the main thread until done
print('coroutines: {} {}, TIME: {:.1f}'.format(r6, r4, now() - start))

# the same jobs, but blocking: the loop's thread does one, then the other
g6 = asyncio.run_coroutine_threadsafe(do_blocking_work(6), new_loop)
g4 = asyncio.run_coroutine_threadsafe(do_blocking_work(4), new_loop)
time.sleep(1)
print('main thread is free, TIME: {:.1f}'.format(now() - start))
r6, r4 = g6.result(), g4.result()
print('blocking: {} {}, TIME: {:.1f}'.format(r6, r4, now() - start))

# clean shutdown: stop the loop in its own thread, join it, close the loop
new_loop.call_soon_threadsafe(new_loop.stop)
t.join()
new_loop.close()
alive = t.is_alive()
print('thread alive: {}, TIME: {:.1f}'.format(alive, now() - start))
