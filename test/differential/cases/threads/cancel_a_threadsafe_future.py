# Cancelling the concurrent future of run_coroutine_threadsafe cancels the task in the loop's
# thread (through call_soon_threadsafe); result() raises concurrent.futures.CancelledError.
import asyncio
import concurrent.futures
import threading
import time


def start_loop(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()


async def job():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('job cancelled at', asyncio.get_running_loop().time())
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
print('tasks left', len(asyncio.all_tasks(loop)))
