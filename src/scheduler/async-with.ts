/**
 * `async with`: the statement, for any asynchronous context manager (`TaskGroup`, `timeout()`, the
 * locks).
 *
 *     // async with asyncio.TaskGroup() as tg:
 *     //     tg.create_task(work())
 *     yield* async_with(new asyncio.TaskGroup(), function* (tg) {
 *       tg.create_task(work())
 *     })
 *
 *     // async with asyncio.timeout(1):
 *     //     return await fetch()
 *     return yield* async_with(asyncio.timeout(1), function* () {
 *       return yield* fetch()
 *     })
 *
 * The body is a generator function that receives what `__aenter__` returned (the `as` target) and
 * runs inline in the calling task, exactly like the indented block. A `return` inside the block is
 * `return yield* async_with(...)` with the value returned from the body; a block whose exception
 * the manager suppresses gives `undefined`, and execution goes on after the statement. Names bound
 * in the block and used after it are declared before the statement (`let t1!: Task<number>`), and
 * a `break` or `continue` of an enclosing loop becomes a value the body returns.
 *
 * Invariants (PEP 492's expansion of the statement): `__aenter__` is awaited before the body;
 * `__aexit__` is awaited exactly once, with the Python exception the body raised (or null when it
 * finished); the exception propagates unless `__aexit__` returns a true value; an exception raised
 * by `__aexit__` replaces it. A JavaScript error from the body is a bug in the model: it skips
 * `__aexit__` and aborts the run.
 */
import type { Coro } from './coro.js'
import { BaseException } from './exceptions.js'

/**
 * An asynchronous context manager. `__aexit__` receives the exception instance only: Python's
 * `exc_type` is its class and the traceback is not modelled.
 */
export interface AsyncContextManager<V> {
  __aenter__(): Coro<V>
  __aexit__(exc: BaseException | null): Coro<unknown>
}

/** `async with manager as value: body(value)`. */
export function* async_with<V, R>(manager: AsyncContextManager<V>, body: (value: V) => Coro<R>): Coro<R | undefined> {
  const value = yield* manager.__aenter__()
  let result: R
  try {
    result = yield* body(value)
  } catch (error) {
    if (!(error instanceof BaseException)) throw error
    if (!(yield* manager.__aexit__(error))) throw error
    return undefined
  }
  yield* manager.__aexit__(null)
  return result
}
