# Thread.start() waits until the new thread has started; in the simulation the new thread runs
# until it first blocks, then the starter goes on.
import threading
import time


def worker(n):
    print('worker', n, 'starts in', threading.current_thread().name)
    time.sleep(n)
    print('worker', n, 'ends')


a = threading.Thread(target=worker, args=(1,))
b = threading.Thread(target=worker, args=(1,), name='second')
print('before start', a.is_alive(), a.name, b.name)
a.start()
print('after first start', a.is_alive())
b.start()
print('after second start', threading.active_count())
a.join()
b.join()
print('end', a.is_alive(), b.is_alive(), time.monotonic())
