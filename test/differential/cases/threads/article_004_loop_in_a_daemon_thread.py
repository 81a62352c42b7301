# differential: same-instant-threads-ok the Waiting lines follow main's TIME line because main submits the jobs after printing it; Done after 6s is printed before the job returns, and main prints after result()
# Article 004: a loop runs forever in a daemon thread; the main thread feeds it jobs of 6 s and 4 s
# with run_coroutine_threadsafe, waits for both (6 s in all), then stops the loop cleanly.
import asyncio
import time
from threading import Thread

now = lambda: time.time()


def start_loop(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()


async def do_some_work(x):
    print('Waiting {}'.format(x))
    await asyncio.sleep(x)
    print('Done after {}s'.format(x))
    return x


start = now()
new_loop = asyncio.new_event_loop()
t = Thread(target=start_loop, args=(new_loop,), daemon=True)
t.start()
print('TIME: {}'.format(time.time() - start))
f6 = asyncio.run_coroutine_threadsafe(do_some_work(6), new_loop)
f4 = asyncio.run_coroutine_threadsafe(do_some_work(4), new_loop)
print('results', f6.result(), f4.result())
new_loop.call_soon_threadsafe(new_loop.stop)
t.join()
new_loop.close()
print('TIME: {}'.format(time.time() - start), t.is_alive())
