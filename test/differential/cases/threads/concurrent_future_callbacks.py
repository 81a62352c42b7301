# differential: same-instant-threads-ok main prints only after joining the completer, whose lines (and callbacks) all come before it ends
# A concurrent.futures.Future runs its done-callbacks in the thread that completes it; a failing
# callback is logged and the next one still runs; a callback added late runs at once. (The main
# thread joins the completer before printing: set_result wakes it before the callbacks run.)
import concurrent.futures
import threading
import time

fut = concurrent.futures.Future()


def bad(f):
    raise ValueError('bad callback')


fut.add_done_callback(lambda f: print('first callback in', threading.current_thread().name))
fut.add_done_callback(bad)
fut.add_done_callback(lambda f: print('next callback', f.result()))


def completer():
    time.sleep(1)
    print('completing, running?', fut.set_running_or_notify_cancel(), fut.running())
    fut.set_result(7)


t = threading.Thread(target=completer)
t.start()
result = fut.result()
t.join()
print('result', result, 'at', time.monotonic())
fut.add_done_callback(lambda f: print('late callback in', threading.current_thread().name))
try:
    fut.set_result(8)
except concurrent.futures.InvalidStateError as e:
    print('set twice:', type(e).__name__)
