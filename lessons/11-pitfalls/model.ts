import { RuntimeError, TypeError, async_def, asyncio, del_, format, print, program, threading, time } from '../../src/scheduler/python.js'
import type { EventLoop } from '../../src/scheduler/loop.js'

const say_after = async_def(function* say_after(delay: number, what: string) {
  yield* asyncio.sleep(delay)
  print(what)
})

// 1. Forgetting await: the call only makes a coroutine object.
const forget_await = async_def(function* forget_await() {
  // The statement drops the coroutine object at once: CPython warns, citing line 13.
  del_(say_after(1, '1. hello'), 13) // should be: await say_after(...)
  print('1. say_after was called, but its body never ran')
})

// 2. create_task with no running loop (article 002, at module level).
function create_task_without_a_loop(): void {
  try {
    asyncio.create_task(say_after(1, '2. hello'))
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('2. RuntimeError:', e)
    // The except block ends after line 22: its traceback kept the refused coroutine alive until now.
    del_(e, 22)
  }
}

// 3. Coroutines passed to wait() (article 002): TypeError since 3.11.
const wait_on_a_coroutine = async_def(function* wait_on_a_coroutine() {
  const coro = say_after(1, '3. hello, from a task')
  try {
    yield* asyncio.wait([coro])
  } catch (e) {
    if (!(e instanceof TypeError)) throw e
    print('3. TypeError:', e)
  }
  yield* asyncio.wait([asyncio.create_task(coro)]) // the fix: a task
})

// 4. time.sleep in a coroutine blocks the thread: every task waits.
const say_after_blocking = async_def(function* say_after_blocking(delay: number, what: string) {
  yield* time.sleep(delay) // should be: await asyncio.sleep(delay)
  print(what)
})

const block_the_loop = async_def(function* block_the_loop() {
  const start = time.perf_counter()
  yield* asyncio.gather(say_after_blocking(1, '4. hello'),
                        say_after_blocking(2, '4. world'))
  print(`4. took ${format(time.perf_counter() - start, '.1f')} s, not 2.0`)
})

// 5. A missing argument (article 003 leaves out the delay).
const missing_argument = async_def(function* missing_argument() {
  try {
    // gather(say_after('hello'), say_after('world')): Python refuses the first call itself, before
    // any coroutine or gather exists. TypeScript rejects such a call at compile time, so the model
    // raises what CPython raises, where it raises it.
    throw new TypeError("say_after() missing 1 required positional argument: 'what'")
  } catch (e) {
    if (!(e instanceof TypeError)) throw e
    print('5. TypeError:', e)
  }
})

// 6. A loop running forever in a thread (article 004): the process cannot exit while it runs.
function* start_loop(loop: EventLoop) {
  asyncio.set_event_loop(loop)
  yield* loop.run_forever()
}

function* a_loop_left_running() {
  const loop = asyncio.new_event_loop()
  const thread = new threading.Thread({ target: start_loop, args: [loop] })
  yield* thread.start()
  const future = asyncio.run_coroutine_threadsafe(say_after(1, '6. hello, from the thread'), loop)
  yield* future.result()
  print('6. the work is done, but the thread is alive:', thread.is_alive())
  loop.call_soon_threadsafe(loop.stop.bind(loop)) // without this line, python3 never exits
  yield* thread.join()
  loop.close()
  print('6. stopped, the thread is alive:', thread.is_alive())
}

export default program(function* () {
  yield* asyncio.run(forget_await())
  create_task_without_a_loop()
  yield* asyncio.run(wait_on_a_coroutine())
  yield* asyncio.run(block_the_loop())
  yield* asyncio.run(missing_argument())
  yield* a_loop_left_running()
})
