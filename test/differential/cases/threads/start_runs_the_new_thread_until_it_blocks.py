# differential: same-instant-threads-ok the case pins the harness's rule that a started thread runs until it first blocks; real CPython usually but not always does the same
# Thread.start() waits until the new thread has started; in the simulation the new thread runs
# until it first blocks, then the starter goes on. (The workers end at different instants.)
import threading
import time


def worker(n):
    print('worker', n, 'starts in', threading.current_thread().name)
    time.sleep(n)
    print('worker', n, 'ends')


a = threading.Thread(target=worker, args=(1,))
b = threading.Thread(target=worker, args=(1.5,), name='second')
print('before start', a.is_alive(), a.name, b.name)
a.start()
print('after first start', a.is_alive())
b.start()
print('after second start', threading.active_count())
a.join()
b.join()
print('end', a.is_alive(), b.is_alive(), time.monotonic())
