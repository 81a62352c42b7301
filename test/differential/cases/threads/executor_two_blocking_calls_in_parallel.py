# differential: same-instant-threads-ok the job prints before it returns, and main prints after gather()
# Two blocking calls through run_in_executor run in two worker threads at once: gather takes as
# long as the slower one, not their sum. (The jobs report where and when they started in their
# results: a worker printing as it starts could come out before or after the main thread's line.)
import asyncio
import threading
import time


def blocking(name, seconds):
    started = time.monotonic()
    time.sleep(seconds)
    print(name, 'ends at', time.monotonic())
    return name.upper(), threading.current_thread().name, started


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.run_in_executor(None, blocking, 'a', 2)
    print('submitted a at', loop.time())
    f2 = loop.run_in_executor(None, blocking, 'b', 1.5)
    print('submitted b at', loop.time())
    print(await asyncio.gather(f1, f2), 'at', loop.time())


asyncio.run(main())
