/**
 * `asyncio.shield` (`tasks.py`, 3.11).
 *
 *     const res = yield* asyncio.shield(task)     // res = await asyncio.shield(task)
 *
 * Invariants (CPython's):
 * - A coroutine is wrapped in a Task; an inner future that is already done is returned as is.
 * - Otherwise the caller awaits a new outer future. Cancelling the outer future (which is what
 *   cancelling the awaiting task does) never reaches the inner one: the inner task runs on and its
 *   result is dropped (marked retrieved, so no "exception was never retrieved").
 * - The inner future completes the outer one through a done-callback (one iteration later); an
 *   inner cancellation by other means cancels the outer future too.
 */
import type { Coro } from './coro.js'
import type { Future } from './futures.js'
import { ensure_future } from './tasks.js'

/** `asyncio.shield(arg)`. */
export function shield<T>(arg: Coro<T> | Future<T>): Future<T> {
  const inner = ensure_future(arg)
  if (inner.done()) return inner // Shortcut.
  const loop = inner.get_loop()
  const outer = loop.create_future<T>()

  const _inner_done_callback = Object.assign(
    (inner: Future<T>): void => {
      if (outer.cancelled()) {
        // Mark inner's result as retrieved.
        if (!inner.cancelled()) inner.exception()
        return
      }
      if (inner.cancelled()) {
        outer.cancel()
      } else {
        const exc = inner.exception()
        if (exc !== null) outer.set_exception(exc)
        else outer.set_result(inner.result())
      }
    },
    { __qualname__: 'shield.<locals>._inner_done_callback' },
  )

  const _outer_done_callback = Object.assign(
    (_outer: Future<T>): void => {
      if (!inner.done()) inner.remove_done_callback(_inner_done_callback)
    },
    { __qualname__: 'shield.<locals>._outer_done_callback' },
  )

  inner.add_done_callback(_inner_done_callback)
  outer.add_done_callback(_outer_done_callback)
  return outer
}
