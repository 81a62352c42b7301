# differential: same-instant-threads-ok the worker prints before it ends, and main prints after join()
# join(timeout) returns when the timeout passes, the thread still alive; join() then waits it out.
import threading
import time


def worker():
    print('worker starts')
    time.sleep(5)
    print('worker ends')


t = threading.Thread(target=worker)
t.start()
t.join(1.5)
print('after join(1.5):', t.is_alive(), time.monotonic())
t.join(0)
print('after join(0):', t.is_alive(), time.monotonic())
t.join()
print('after join():', t.is_alive(), time.monotonic())
