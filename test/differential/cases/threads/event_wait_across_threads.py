# differential: same-instant-threads-ok the setter prints before and after set(), and main prints after joining it
# threading.Event: wait(timeout) gives up (False), wait() returns True in every thread waiting when
# another thread sets it. (The waiters only note what they got: threads woken at one instant could
# print in either order in real CPython, so the main thread prints for them after joining them.)
import threading
import time

ev = threading.Event()
got = {}


def waiter(name):
    print(name, 'waits at', time.monotonic())
    got[name] = (ev.wait(), time.monotonic())


def setter():
    time.sleep(2)
    print('setting at', time.monotonic())
    ev.set()
    print('set done')


w1 = threading.Thread(target=waiter, args=('w1',))
w1.start()
time.sleep(0.5)
w2 = threading.Thread(target=waiter, args=('w2',))
w2.start()
s = threading.Thread(target=setter)
s.start()
print('main wait(1):', ev.wait(1), time.monotonic())
woke = ev.wait()
at = time.monotonic()
for t in (w1, w2, s):
    t.join()
print('main wait():', woke, at)
for name in ('w1', 'w2'):
    print(name, 'got', *got[name])
