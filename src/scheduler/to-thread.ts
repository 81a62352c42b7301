/**
 * Work handed from an event loop to threads: `asyncio.wrap_future`, `futures._chain_future` (a
 * concurrent source, an asyncio destination), `loop.run_in_executor`'s body and `asyncio.to_thread`,
 * written from CPython 3.11's `asyncio/futures.py`, `base_events.py` and `threads.py`.
 *
 * Invariants:
 * - The concurrent future completes in the worker's thread; its result reaches the asyncio future
 *   through `dest_loop.call_soon_threadsafe(_set_state, ...)` (which wakes the loop's thread if it
 *   idles), so the awaiting task resumes two loop iterations later: one for `_set_state`, one for
 *   the task's wakeup.
 * - Cancelling the asyncio future cancels the concurrent one (at once: it has no loop), which
 *   succeeds only while the work item has not started.
 * - `run_in_executor` and `to_thread` can block their thread (the pool may start a worker), so both
 *   are generators: `yield* (yield* loop.run_in_executor(null, fn))`, `yield* asyncio.to_thread(fn)`.
 * - `to_thread` runs `fn` in a copy of the caller's context in CPython; this emulation has no
 *   context variables, so it calls `fn` directly.
 */
import { type Blocking, type Coro, async_def, isFuture } from './coro.js'
import { Future as ConcurrentFuture, CancelledError as ConcurrentCancelledError, InvalidStateError as ConcurrentInvalidStateError } from './concurrent-futures.js'
import { BaseException, CancelledError, InvalidStateError, RuntimeError } from './exceptions.js'
import type { Future } from './futures.js'
import type { EventLoop } from './loop.js'
import { get_event_loop, get_running_loop } from './policy.js'
import { ThreadPoolExecutor, type WorkFunction } from './thread-pool.js'

/** `futures._convert_future_exc` (concurrent's TimeoutError is the builtin one already). */
function _convert_future_exc(exc: BaseException): BaseException {
  const cls: unknown = exc.constructor
  if (cls === ConcurrentCancelledError) return new CancelledError(...exc.args)
  if (cls === ConcurrentInvalidStateError) return new InvalidStateError(...exc.args)
  return exc
}

/** `futures._copy_future_state(source, dest)` for a concurrent source. */
function _copy_future_state<T>(source: ConcurrentFuture<T>, dest: Future<T>): void {
  if (dest.cancelled()) return
  if (source.cancelled()) {
    dest.cancel()
    return
  }
  let result: T
  try {
    result = source.result_now()
  } catch (error) {
    if (!(error instanceof BaseException)) throw error
    dest.set_exception(_convert_future_exc(error))
    return
  }
  dest.set_result(result)
}

/** `futures._chain_future(source, destination)` for a concurrent source and an asyncio destination. */
function _chain_future<T>(source: ConcurrentFuture<T>, destination: Future<T>): void {
  const dest_loop = destination.get_loop()
  const _set_state = Object.assign((future: Future<T>, other: ConcurrentFuture<T>) => _copy_future_state(other, future), {
    __qualname__: '_chain_future.<locals>._set_state',
  })
  const _call_check_cancel = Object.assign(
    (dest: Future<T>) => {
      // source_loop is None: the concurrent future is cancelled at once, from the loop's thread.
      if (dest.cancelled()) source.cancel()
    },
    { __qualname__: '_chain_future.<locals>._call_check_cancel' },
  )
  const _call_set_state = (src: ConcurrentFuture<T>): void => {
    if (destination.cancelled() && dest_loop.is_closed()) return
    if (dest_loop.is_closed()) return
    dest_loop.call_soon_threadsafe(_set_state, destination, src)
  }
  destination.add_done_callback(_call_check_cancel)
  source.add_done_callback(_call_set_state)
}

/** `asyncio.wrap_future(future, *, loop=None)`. */
export function wrap_future<T>(future: ConcurrentFuture<T> | Future<T>, options: { loop?: EventLoop | null } = {}): Future<T> {
  if (isFuture(future)) return future
  const loop = options.loop ?? get_event_loop()
  const new_future = loop.create_future<T>()
  _chain_future(future, new_future)
  return new_future
}

/** The state `run_in_executor` keeps on its loop (`_default_executor`, `_executor_shutdown_called`). */
export interface ExecutorOwner {
  _default_executor: ThreadPoolExecutor | null
  _executor_shutdown_called: boolean
}

/** `loop.run_in_executor(executor, func, *args)`. */
export function* run_in_executor<T>(
  loop: EventLoop & ExecutorOwner,
  executor: ThreadPoolExecutor | null,
  func: WorkFunction,
  args: readonly unknown[],
): Blocking<Future<T>> {
  loop._check_closed()
  if (executor === null) {
    executor = loop._default_executor
    if (loop._executor_shutdown_called) throw new RuntimeError('Executor shutdown has been called')
    if (executor === null) {
      executor = new ThreadPoolExecutor({ thread_name_prefix: 'asyncio' })
      loop._default_executor = executor
    }
  }
  return wrap_future(yield* executor.submit<T>(func, ...args), { loop })
}

/** `asyncio.to_thread(func, *args)`. */
export const to_thread = async_def(function* to_thread<T>(func: WorkFunction, ...args: unknown[]): Coro<T> {
  const loop = get_running_loop()
  const fut = yield* loop.run_in_executor<T>(null, func, ...args)
  return yield* fut
})
