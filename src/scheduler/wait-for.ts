/**
 * `asyncio.wait_for` (`tasks.py`), as 3.11 has it and as 3.12+ rewrote it, chosen by the world's
 * version.
 *
 *     const r = yield* asyncio.wait_for(work(), 1)          // or wait_for(work(), { timeout: 1 })
 *
 * 3.11 invariants:
 * - A coroutine is wrapped in a new Task (it uses up a `Task-N` number) even when it would finish at
 *   once; the caller parks on a waiter future, released either by the inner future's done-callback
 *   or by a `call_later` timer. A quick result therefore costs 3 iterations: the inner task's step,
 *   the done-callback, the caller's wakeup.
 * - On timeout (or when the caller is cancelled) the inner future is cancelled and awaited through
 *   `_cancel_and_wait` before anything is raised: its cleanup runs first, and a cleanup that takes
 *   0.5 s after a 2 s timeout makes TimeoutError arrive at 2.5 s. If the inner task suppresses the
 *   cancellation and returns a value, that value is returned instead.
 * - The timer handle is cancelled however the wait ends.
 * - `timeout=None` is a plain `await`; `timeout <= 0` cancels at once unless the future is done.
 *
 * 3.12+ (gh-96764): `async with timeout(t): return await fut`. A coroutine runs inline in the
 * caller's task (no Task, no extra iterations); only `timeout <= 0` still goes through a Task.
 */
import { async_with } from './async-with.js'
import { type Coro, async_def } from './coro.js'
import { CancelledError, TimeoutError } from './exceptions.js'
import type { Future } from './futures.js'
import type { EventLoop } from './loop.js'
import { get_running_loop } from './policy.js'
import { ensure_future } from './tasks.js'
import { timeout as timeouts_timeout } from './timeouts.js'
import { _release_waiter } from './wait.js'
import { world } from './world.js'

export interface WaitForOptions {
  readonly timeout: number | null
}

/** `functools.partial(_release_waiter, waiter)`, the done-callback that ends a wait. */
function releaseWaiterCallback(waiter: Future<unknown>): (fut: Future<unknown>) => void {
  return Object.assign((_fut: Future<unknown>) => _release_waiter(waiter), { __qualname__: '_release_waiter' })
}

/** `asyncio.wait_for(fut, timeout)`: `timeout` positionally, or as `{ timeout }`. */
export const wait_for = async_def(function* wait_for<T>(
  fut: Coro<T> | Future<T>,
  timeout: number | null | WaitForOptions,
): Coro<T> {
  const seconds = typeof timeout === 'object' && timeout !== null ? timeout.timeout : timeout
  if (world().version === '3.11') return yield* wait_for_311(fut, seconds)
  return yield* wait_for_312(fut, seconds)
})

function* wait_for_311<T>(arg: Coro<T> | Future<T>, timeout: number | null): Coro<T> {
  const loop = get_running_loop()

  if (timeout === null) return yield* (arg as Coro<T>)

  if (timeout <= 0) {
    const fut = ensure_future(arg, loop)
    if (fut.done()) return fut.result()
    yield* _cancel_and_wait(fut, loop)
    return resultOrTimeout(fut)
  }

  const waiter = loop.create_future()
  const timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
  const cb = releaseWaiterCallback(waiter)

  const fut = ensure_future(arg, loop)
  fut.add_done_callback(cb)

  try {
    // Wait until the future completes or the timeout.
    try {
      yield* waiter
    } catch (error) {
      if (!(error instanceof CancelledError)) throw error
      if (fut.done()) return fut.result()
      fut.remove_done_callback(cb)
      // The task must not be running after wait_for() returns (bpo-32751).
      yield* _cancel_and_wait(fut, loop)
      throw error
    }

    if (fut.done()) return fut.result()
    fut.remove_done_callback(cb)
    // The task must not be running after wait_for() returns (bpo-32751).
    yield* _cancel_and_wait(fut, loop)
    // A cancellation that failed with some other exception re-raises it (bpo-40607).
    return resultOrTimeout(fut)
  } finally {
    timeout_handle.cancel()
  }
}

function* wait_for_312<T>(arg: Coro<T> | Future<T>, timeout: number | null): Coro<T> {
  if (timeout !== null && timeout <= 0) {
    const fut = ensure_future(arg)
    if (fut.done()) return fut.result()
    yield* _cancel_and_wait(fut, fut.get_loop())
    return resultOrTimeout(fut)
  }
  // A Timeout never suppresses an exception, so the body's value is always what comes back.
  return (yield* async_with(timeouts_timeout(timeout), function* () {
    return yield* (arg as Coro<T>)
  })) as T
}

/** `return fut.result()`, with a cancellation turned into `TimeoutError`. */
function resultOrTimeout<T>(fut: Future<T>): T {
  try {
    return fut.result()
  } catch (error) {
    if (error instanceof CancelledError) throw new TimeoutError()
    throw error
  }
}

/** `tasks._cancel_and_wait`: cancel `fut` and wait until it is done, reliably cancellable itself. */
export function* _cancel_and_wait(fut: Future<unknown>, loop: EventLoop): Coro<void> {
  const waiter = loop.create_future()
  const cb = releaseWaiterCallback(waiter)
  fut.add_done_callback(cb)
  try {
    fut.cancel()
    // Not `await fut`: waiting on a separate future keeps _cancel_and_wait itself cancellable.
    yield* waiter
  } finally {
    fut.remove_done_callback(cb)
  }
}
