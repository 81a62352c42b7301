import asyncio
import threading
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


# 1. Forgetting await: the call only makes a coroutine object.
async def forget_await():
    say_after(1, '1. hello')  # should be: await say_after(...)
    print('1. say_after was called, but its body never ran')


# 2. create_task with no running loop (article 002, at module level).
def create_task_without_a_loop():
    try:
        asyncio.create_task(say_after(1, '2. hello'))
    except RuntimeError as e:
        print('2. RuntimeError:', e)


# 3. Coroutines passed to wait() (article 002): TypeError since 3.11.
async def wait_on_a_coroutine():
    coro = say_after(1, '3. hello, from a task')
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print('3. TypeError:', e)
    await asyncio.wait([asyncio.create_task(coro)])  # the fix: a task


# 4. time.sleep in a coroutine blocks the thread: every task waits.
async def say_after_blocking(delay, what):
    time.sleep(delay)  # should be: await asyncio.sleep(delay)
    print(what)


async def block_the_loop():
    start = time.perf_counter()
    await asyncio.gather(say_after_blocking(1, '4. hello'),
                         say_after_blocking(2, '4. world'))
    print(f'4. took {time.perf_counter() - start:.1f} s, not 2.0')


# 5. A missing argument (article 003 leaves out the delay).
async def missing_argument():
    try:
        await asyncio.gather(say_after('hello'), say_after('world'))
    except TypeError as e:
        print('5. TypeError:', e)


# 6. A loop running forever in a thread (article 004): the process cannot exit while it runs.
def start_loop(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()


def a_loop_left_running():
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=start_loop, args=(loop,))
    thread.start()
    future = asyncio.run_coroutine_threadsafe(say_after(1, '6. hello, from the thread'), loop)
    future.result()
    print('6. the work is done, but the thread is alive:', thread.is_alive())
    loop.call_soon_threadsafe(loop.stop)  # without this line, python3 never exits
    thread.join()
    loop.close()
    print('6. stopped, the thread is alive:', thread.is_alive())


asyncio.run(forget_await())
create_task_without_a_loop()
asyncio.run(wait_on_a_coroutine())
asyncio.run(block_the_loop())
asyncio.run(missing_argument())
a_loop_left_running()
