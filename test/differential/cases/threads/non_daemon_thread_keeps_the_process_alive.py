# A non-daemon thread outlives the main thread: the process waits for it before exiting.
import threading
import time


def late():
    time.sleep(3)
    print('late thread ends at', time.monotonic())


threading.Thread(target=late).start()
print('main ends at', time.monotonic())
