# The process exits when the main thread ends and only daemon threads are left.
import threading
import time


def forever():
    while True:
        time.sleep(1)
        print('daemon tick', time.monotonic())


t = threading.Thread(target=forever, daemon=True)
t.start()
time.sleep(2.5)
print('main ends', t.daemon, t.is_alive())
