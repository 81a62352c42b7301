# differential: same-instant-threads-ok the sleeper prints before it ends, and main prints after joining it
# time.sleep blocks only its own thread: two threads and the main thread interleave on the
# virtual clock. (No two wake at one instant: real CPython could print those in either order.)
import threading
import time


def sleeper(name, delays):
    for d in delays:
        time.sleep(d)
        print(name, 'woke at', time.monotonic())


a = threading.Thread(target=sleeper, args=('a', [1, 1, 1]))
b = threading.Thread(target=sleeper, args=('b', [1.75, 0.5]))
a.start()
b.start()
time.sleep(2.5)
print('main woke at', time.monotonic())
a.join()
b.join()
print('both joined at', time.monotonic(), threading.active_count())
