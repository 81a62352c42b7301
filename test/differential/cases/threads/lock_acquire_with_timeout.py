# threading.Lock across threads: a holder keeps it 2 s; a waiter with a 1 s timeout gives up, the
# others get it in the order they began to wait.
import threading
import time

lock = threading.Lock()


def holder():
    with lock:
        print('holder has the lock at', time.monotonic())
        time.sleep(2)
        print('holder releases at', time.monotonic())


def waiter(name, timeout):
    got = lock.acquire(timeout=timeout)
    print(name, 'acquire ->', got, 'at', time.monotonic())
    if got:
        time.sleep(0.5)
        lock.release()


h = threading.Thread(target=holder)
h.start()
a = threading.Thread(target=waiter, args=('patient', -1))
a.start()
b = threading.Thread(target=waiter, args=('hasty', 1))
b.start()
c = threading.Thread(target=waiter, args=('second', 5))
c.start()
for t in (h, a, b, c):
    t.join()
print('non-blocking on a free lock:', lock.acquire(False), lock.locked(), time.monotonic())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print('release again:', e)
