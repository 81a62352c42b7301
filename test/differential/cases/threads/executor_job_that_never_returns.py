# A job that waits for an event nobody sets: the awaiting task never resumes, and the deadlock
# report shows the loop idle, one worker in Event.wait and the idle one waiting for work.
import asyncio
import threading
import time

never_set = threading.Event()


def quick():
    time.sleep(0.5)
    return 'quick'


async def main():
    print(await asyncio.gather(asyncio.to_thread(quick), asyncio.to_thread(quick)))
    print('waiting for the stuck job at', time.monotonic())
    await asyncio.to_thread(never_set.wait)


asyncio.run(main())
