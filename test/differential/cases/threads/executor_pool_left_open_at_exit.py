# differential: same-instant-threads-ok the job prints before it returns, and main prints after result()
# A pool nobody shut down: at exit, threading's atexit hook (concurrent.futures' _python_exit)
# wakes its idle workers and joins them, so the process waits for the jobs still running. (The main
# thread pauses before submitting more, so the first worker is idle by then and takes the next
# job: right after result() returns it may not be yet, in real CPython.)
import concurrent.futures
import threading
import time


def job(n):
    time.sleep(n)
    print('job', n, 'done in', threading.current_thread().name, 'at', time.monotonic())
    return n


pool = concurrent.futures.ThreadPoolExecutor(max_workers=3)
first = pool.submit(job, 0.5)
print('first ->', first.result(), 'at', time.monotonic())
time.sleep(0.25)
pool.submit(job, 1)
pool.submit(job, 2)
print('main ends at', time.monotonic(), threading.active_count(), 'threads')
