# The main thread exits while a daemon thread's loop still has a task sleeping: the process ends
# without running it to completion (the daemon thread is simply abandoned).
import asyncio
import threading
import time


def start_loop(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()


async def slow():
    print('slow starts')
    await asyncio.sleep(10)
    print('slow never ends')


loop = asyncio.new_event_loop()
threading.Thread(target=start_loop, args=(loop,), daemon=True).start()
fut = asyncio.run_coroutine_threadsafe(slow(), loop)
time.sleep(1)
print('main exits at', time.monotonic(), fut.done())
