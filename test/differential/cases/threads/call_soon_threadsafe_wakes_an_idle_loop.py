# differential: same-instant-threads-ok the poker prints before it asks the loop to stop, and main prints after the loop stopped
# A thread wakes a loop that is idle (no timers) with call_soon_threadsafe; the callback runs at
# once, at the thread's virtual time. The loop then stops and the program ends. (The poker prints
# before it asks for the stop, so its line always comes before the main thread's.)
import asyncio
import threading
import time


def poke(loop):
    time.sleep(1.5)
    loop.call_soon_threadsafe(print, 'poked at', loop.time())
    time.sleep(1)
    print('poker done')
    loop.call_soon_threadsafe(loop.stop)


loop = asyncio.new_event_loop()
t = threading.Thread(target=poke, args=(loop,))
t.start()
print('running the loop in', threading.current_thread().name)
loop.run_forever()
print('loop stopped at', loop.time())
t.join()
loop.close()
