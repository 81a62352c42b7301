# differential: same-instant-threads-ok the holder prints before it releases the lock the waiter is blocked on
# threading.Lock across threads: a holder keeps it 2 s; a waiter with a 1 s timeout gives up, a
# patient one gets it at the release, and one that comes while it is held again waits its turn.
# (One waiter at each release: which of two waiters gets a lock is up to the OS in real CPython.)
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
time.sleep(2.25)
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
