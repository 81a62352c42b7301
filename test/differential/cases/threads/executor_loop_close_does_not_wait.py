# loop.close() shuts the default executor down without waiting (the job goes on, and the process
# waits for it at exit); a closed loop, or one whose executor was shut down, refuses new work.
import asyncio
import threading
import time


def slow():
    time.sleep(2)
    print('slow done in', threading.current_thread().name, 'at', time.monotonic())


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, slow)
    await asyncio.sleep(0.5)


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print('closed at', time.monotonic(), [t.name for t in threading.enumerate()])
try:
    loop.run_in_executor(None, slow)
except RuntimeError as e:
    print('RuntimeError:', e)
loop2 = asyncio.new_event_loop()
loop2.run_until_complete(loop2.shutdown_default_executor())
try:
    loop2.run_in_executor(None, slow)
except RuntimeError as e:
    print('RuntimeError:', e)
loop2.close()
print('main ends at', time.monotonic())
