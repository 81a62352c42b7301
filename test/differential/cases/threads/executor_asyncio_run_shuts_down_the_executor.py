# differential: same-instant-threads-ok the last job prints before it returns and asyncio.run waits for it; main prints before starting the print thread and after joining it
# asyncio.run waits for the default executor's workers before it returns: a job still running
# when main ends holds the run up, and the shutdown runs in a thread of its own, Thread-2
# (_do_shutdown), which uses up a Thread-N number. (The watch samples at quarter seconds, when
# nothing else happens: a sample at the instant a thread starts or ends could go either way.)
import asyncio
import threading
import time


def slow(n):
    time.sleep(n)
    print('slow', n, 'in', threading.current_thread().name, 'done at', time.monotonic())


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, slow, 2)
    loop.run_in_executor(None, slow, 3)
    await asyncio.sleep(1)
    print('main returns at', loop.time(), sorted(t.name for t in threading.enumerate()))


class Watch(threading.Thread):
    def run(self):
        time.sleep(0.25)
        while threading.active_count() > 2 or time.monotonic() < 1.5:
            names = sorted(t.name for t in threading.enumerate() if t is not self)
            print('watch at', time.monotonic(), names)
            time.sleep(0.5)


Watch(daemon=True).start()
asyncio.run(main())
print('run returned at', time.monotonic(), sorted(t.name for t in threading.enumerate()))
t = threading.Thread(target=print, args=('hello from',))
print('next thread is', t.name)
t.start()
t.join()
