import { RuntimeError, TypeError, async_def, asyncio, del_, format, print, program, time } from '../../src/scheduler/python.js'

const say_after = async_def(function* say_after(delay: number, what: string) {
  yield* asyncio.sleep(delay)
  print(what)
})

// 1. Forgetting await: the call only makes a coroutine object.
const forget_await = async_def(function* forget_await() {
  // The statement drops the coroutine object at once: CPython warns, citing line 12.
  del_(say_after(1, '1. hello'), 12) // should be: await say_after(...)
  print('1. say_after was called, but its body never ran')
})

// 2. create_task with no running loop (article 002, at module level).
function create_task_without_a_loop(): void {
  try {
    asyncio.create_task(say_after(1, '2. hello'))
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('2. RuntimeError:', e)
    // The except block ends after line 21: its traceback kept the refused coroutine alive until now.
    del_(e, 21)
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

export default program(function* () {
  yield* asyncio.run(forget_await())
  create_task_without_a_loop()
  yield* asyncio.run(wait_on_a_coroutine())
  yield* asyncio.run(block_the_loop())
  yield* asyncio.run(missing_argument())
})
