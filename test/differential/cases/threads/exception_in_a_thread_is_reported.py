# An exception escaping a thread is printed by threading.excepthook; the thread dies, the program
# goes on (SystemExit in a thread is silent).
import sys
import threading
import time


def boom():
    time.sleep(1)
    raise ValueError('boom')


def quits():
    sys.exit(3)


t = threading.Thread(target=boom)
t.start()
q = threading.Thread(target=quits, name='quitter')
q.start()
t.join()
q.join()
print('main survives at', time.monotonic(), t.is_alive(), q.is_alive())
