# Cancelling the concurrent future of run_coroutine_threadsafe cancels the task in the loop's
# thread (through call_soon_threadsafe); result() raises concurrent.futures.CancelledError. (The job
# only notes when it was cancelled and the main thread prints it later: a print in the loop's thread
# at the instant of cancel() could come out before or after the main thread's lines.)
import asyncio
import concurrent.futures
import threading
import time


def start_loop(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()

cancelled_at = []


async def job():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        cancelled_at.append(asyncio.get_running_loop().time())
        raise


loop = asyncio.new_event_loop()
t = threading.Thread(target=start_loop, args=(loop,), daemon=True)
t.start()
fut = asyncio.run_coroutine_threadsafe(job(), loop)
fut.add_done_callback(lambda f: print('callback in', threading.current_thread().name, f.cancelled()))
time.sleep(1)
print('cancel:', fut.cancel(), fut.cancelled(), fut.done(), fut.running())
try:
    fut.result()
except concurrent.futures.CancelledError as e:
    print('result raised', type(e).__name__)
time.sleep(0.5)
print('job cancelled at', cancelled_at, 'tasks left', len(asyncio.all_tasks(loop)))
