# Article 004 as written: the loop thread is not a daemon and nobody stops its loop, so after the
# jobs are done the process would never exit. (The main thread sleeps before printing, so its line
# never races the loop thread's at the same instant: real CPython could print those in either order.)
import asyncio
import time
from threading import Thread


def start_loop(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()


async def do_some_work(x):
    print('Waiting {}'.format(x))
    await asyncio.sleep(x)
    print('Done after {}s'.format(x))


new_loop = asyncio.new_event_loop()
t = Thread(target=start_loop, args=(new_loop,))
t.start()
asyncio.run_coroutine_threadsafe(do_some_work(6), new_loop)
asyncio.run_coroutine_threadsafe(do_some_work(4), new_loop)
time.sleep(0.1)
print('main ends')
