# The main thread joins a thread whose asyncio.run waits on a future nobody sets: no thread can
# ever go on. The deadlock report lists the stuck task and where each thread waits.
import asyncio
import threading
import time


async def stuck():
    print('waiting for a future nobody sets')
    await asyncio.get_running_loop().create_future()


def worker():
    asyncio.run(stuck())


t = threading.Thread(target=worker)
t.start()
time.sleep(1)
print('joining at', time.monotonic())
t.join()
