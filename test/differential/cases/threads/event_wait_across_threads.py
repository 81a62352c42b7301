# threading.Event: wait(timeout) gives up (False), wait() returns True when another thread sets it;
# two waiters wake in the order they began to wait.
import threading
import time

ev = threading.Event()


def waiter(name):
    print(name, 'waits at', time.monotonic())
    print(name, 'got', ev.wait(), 'at', time.monotonic())


def setter():
    time.sleep(2)
    print('setting at', time.monotonic())
    ev.set()
    print('set done')


threading.Thread(target=waiter, args=('w1',)).start()
time.sleep(0.5)
threading.Thread(target=waiter, args=('w2',)).start()
threading.Thread(target=setter).start()
print('main wait(1):', ev.wait(1), time.monotonic())
print('main wait():', ev.wait(), time.monotonic())
