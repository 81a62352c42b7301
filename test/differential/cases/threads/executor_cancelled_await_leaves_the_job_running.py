# differential: same-instant-threads-ok the job prints before it returns, and asyncio.run waits for it before main prints
# A timeout cancels the task awaiting to_thread, not the thread: the job runs to its end, and
# asyncio.run waits for it while shutting the executor down.
import asyncio
import threading
import time


def slow():
    print('slow starts in', threading.current_thread().name, 'at', time.monotonic())
    time.sleep(3)
    print('slow still finished at', time.monotonic())
    return 'late'


async def main():
    try:
        await asyncio.wait_for(asyncio.to_thread(slow), timeout=1)
    except asyncio.TimeoutError:
        print('timed out at', time.monotonic())


asyncio.run(main())
print('run returned at', time.monotonic())
