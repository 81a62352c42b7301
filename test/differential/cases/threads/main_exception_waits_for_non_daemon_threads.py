# An uncaught exception ends the main thread, but the interpreter still waits for the non-daemon
# thread before it exits; the outcome is the main thread's exception, at its time.
import threading
import time


def worker():
    time.sleep(2)
    print('worker finishes at', time.monotonic())


threading.Thread(target=worker).start()
time.sleep(0.5)
raise RuntimeError('main fails')
