/**
 * `asyncio.wait` and `asyncio.as_completed` (`tasks.py`, 3.11), with `FIRST_COMPLETED`,
 * `FIRST_EXCEPTION` and `ALL_COMPLETED`.
 *
 * Invariants (CPython's):
 * - `wait()` is a coroutine: its checks run when it is awaited, not when it is called. Coroutines in
 *   `fs` are refused (3.11+); a timeout never cancels anything, it only releases the waiter.
 * - The timeout timer is set before the done-callbacks are added, and every callback is removed again
 *   when the wait ends, however it ends. Futures that finish in the same iteration as the one that
 *   released the waiter are in `done`: the sets are read only when the waiting task resumes.
 * - `as_completed()` is a plain generator in 3.11 and 3.12: nothing happens (no task is created, no
 *   timer set) until its first item is asked for; 3.13 starts at the call. Each item is a fresh
 *   `_wait_for_one()` coroutine that takes the next finished future from a queue, so results come
 *   in completion order.
 *
 * Set order. CPython returns Python sets of futures, which iterate by address: the order varies
 * from run to run. Here `done` and `pending` are JavaScript `Set`s (`done.size` is `len(done)`,
 * `done.has(t)` is `t in done`, and `repr` prints them as Python sets) that iterate in the order the
 * futures were passed to `wait()`, duplicates dropped. Programs whose output depends on set order
 * are kept out of the differential corpus. The same goes for `as_completed()` with futures that are
 * already done or finish in the same iteration: CPython takes their order from a set; here it is
 * argument order.
 *
 *     const [done, pending] = yield* asyncio.wait([t1, t2], { return_when: asyncio.FIRST_COMPLETED })
 *     for (const f of asyncio.as_completed([t1, t2])) print(yield* f)
 */
import { type Coro, async_def, isCoroutine, isFuture } from './coro.js'
import type { TimerHandle } from './events.js'
import { TimeoutError, TypeError, ValueError } from './exceptions.js'
import type { Future } from './futures.js'
import type { EventLoop } from './loop.js'
import { get_event_loop, get_running_loop } from './policy.js'
import { Tuple, repr } from './pyrepr.js'
import { ensure_future } from './tasks.js'
import { world } from './world.js'

/** `concurrent.futures.FIRST_COMPLETED` and friends are plain strings in CPython too. */
export const FIRST_COMPLETED = 'FIRST_COMPLETED' as const
export const FIRST_EXCEPTION = 'FIRST_EXCEPTION' as const
export const ALL_COMPLETED = 'ALL_COMPLETED' as const

export type ReturnWhen = typeof FIRST_COMPLETED | typeof FIRST_EXCEPTION | typeof ALL_COMPLETED

export interface WaitOptions {
  readonly timeout?: number | null
  readonly return_when?: ReturnWhen
}

/**
 * The `(done, pending)` tuple `wait()` returns: prints as a tuple, destructures as a pair
 * (`const [done, pending] = yield* asyncio.wait(fs)`).
 */
export class WaitResult<F> implements Iterable<Set<F>> {
  constructor(
    readonly done: Set<F>,
    readonly pending: Set<F>,
  ) {}

  *[Symbol.iterator](): Iterator<Set<F>> {
    yield this.done
    yield this.pending
  }

  __repr__(): string {
    return repr(new Tuple(this.done, this.pending))
  }
}

/** `tasks._release_waiter`: the timer callback and the done-callback that end a wait. */
export function _release_waiter(waiter: Future<unknown>, ..._args: unknown[]): void {
  if (!waiter.done()) waiter.set_result(null)
}

/** Python's `type(x).__name__` for the values `wait()` and `as_completed()` refuse. */
function typeName(value: unknown): string {
  if (isFuture(value)) return value.constructor.name
  return 'coroutine'
}

/** `asyncio.wait(fs, *, timeout=None, return_when=ALL_COMPLETED)`. */
export const wait = async_def(function* wait<F extends Future<unknown>>(
  fs: Iterable<F | Coro<unknown>>,
  options: WaitOptions = {},
): Coro<WaitResult<F>> {
  const timeout = options.timeout ?? null
  const return_when = options.return_when ?? ALL_COMPLETED
  if (isFuture(fs) || isCoroutine(fs)) throw new TypeError(`expect a list of futures, not ${typeName(fs)}`)
  const unique = new Set(fs)
  if (unique.size === 0) throw new ValueError('Set of Tasks/Futures is empty.')
  if (return_when !== FIRST_COMPLETED && return_when !== FIRST_EXCEPTION && return_when !== ALL_COMPLETED) {
    throw new ValueError(`Invalid return_when value: ${String(return_when)}`)
  }
  for (const f of unique) {
    if (isCoroutine(f)) throw new TypeError('Passing coroutines is forbidden, use tasks explicitly.')
  }
  const loop = get_running_loop()
  return yield* _wait(unique as Set<F>, timeout, return_when, loop)
})

/** `tasks._wait`: `fs` is a non-empty set of futures. */
function* _wait<F extends Future<unknown>>(
  fs: Set<F>,
  timeout: number | null,
  return_when: ReturnWhen,
  loop: EventLoop,
): Coro<WaitResult<F>> {
  const waiter = loop.create_future()
  let timeout_handle: TimerHandle | null = null
  if (timeout !== null) timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
  let counter = fs.size

  const _on_completion = Object.assign(
    (f: Future<unknown>): void => {
      counter -= 1
      if (
        counter <= 0 ||
        return_when === FIRST_COMPLETED ||
        (return_when === FIRST_EXCEPTION && !f.cancelled() && f.exception() !== null)
      ) {
        timeout_handle?.cancel()
        if (!waiter.done()) waiter.set_result(null)
      }
    },
    { __qualname__: '_wait.<locals>._on_completion' },
  )

  for (const f of fs) f.add_done_callback(_on_completion)

  try {
    yield* waiter
  } finally {
    timeout_handle?.cancel()
    for (const f of fs) f.remove_done_callback(_on_completion)
  }

  const done = new Set<F>()
  const pending = new Set<F>()
  for (const f of fs) {
    if (f.done()) done.add(f)
    else pending.add(f)
  }
  return new WaitResult(done, pending)
}

export interface AsCompletedOptions {
  readonly timeout?: number | null
}

/**
 * The `asyncio.Queue` that `as_completed` keeps its finished futures in, reduced to what it uses:
 * an unbounded `put_nowait` and a `get` that parks on a getter future while the queue is empty.
 */
class DoneQueue<T> {
  private readonly _queue: T[] = []
  private _getters: Future<unknown>[] = []

  constructor(private readonly _loop: EventLoop) {}

  put_nowait(item: T): void {
    this._queue.push(item)
    this._wakeup_next()
  }

  *get(): Coro<T> {
    while (this._queue.length === 0) {
      const getter = this._loop.create_future()
      this._getters.push(getter)
      try {
        yield* getter
      } catch (error) {
        getter.cancel() // Just in case getter is not done yet.
        this._getters = this._getters.filter((g) => g !== getter)
        // Woken up by put_nowait() but unable to take the item: wake up the next in line.
        if (this._queue.length > 0 && !getter.cancelled()) this._wakeup_next()
        throw error
      }
    }
    return this._queue.shift() as T
  }

  private _wakeup_next(): void {
    while (this._getters.length > 0) {
      const waiter = this._getters.shift()!
      if (!waiter.done()) {
        waiter.set_result(null)
        break
      }
    }
  }
}

/**
 * `asyncio.as_completed(fs, *, timeout=None)`: an iterator of coroutines, each giving the result
 * (or raising the exception) of the next future to finish; `TimeoutError` once the timeout passes.
 * In 3.11 and 3.12 it is a generator, so nothing happens before the first item is asked for; 3.13
 * wraps the futures and sets the timer at the call. (3.13's `async for` form is not modelled.)
 */
export function as_completed<T>(
  fs: Iterable<Future<T> | Coro<T>>,
  options: AsCompletedOptions = {},
): Generator<Coro<T>, void, undefined> {
  if (world().version !== '3.13') return as_completed_lazy(fs, options)
  if (isFuture(fs) || isCoroutine(fs)) throw new TypeError(`expects an iterable of awaitables, not ${typeName(fs)}`)
  return waitForEach(startAsCompleted(fs, options.timeout ?? null))
}

function* as_completed_lazy<T>(
  fs: Iterable<Future<T> | Coro<T>>,
  options: AsCompletedOptions,
): Generator<Coro<T>, void, undefined> {
  if (isFuture(fs) || isCoroutine(fs)) throw new TypeError(`expect an iterable of futures, not ${typeName(fs)}`)
  yield* waitForEach(startAsCompleted(fs, options.timeout ?? null))
}

function* waitForEach<T>(started: { count: number; next: () => Coro<T> }): Generator<Coro<T>, void, undefined> {
  for (let i = 0; i < started.count; i++) yield started.next()
}

/** The body of `as_completed` up to its loop: wrap the futures, add the callbacks, set the timer. */
function startAsCompleted<T>(
  fs: Iterable<Future<T> | Coro<T>>,
  timeout: number | null,
): { count: number; next: () => Coro<T> } {
  const loop = get_event_loop()
  const done = new DoneQueue<Future<T> | null>(loop)
  const todo = new Set<Future<T>>()
  for (const f of new Set(fs)) todo.add(ensure_future(f, loop))
  let timeout_handle: TimerHandle | null = null

  const _on_timeout = Object.assign(
    (): void => {
      for (const f of todo) {
        f.remove_done_callback(_on_completion)
        done.put_nowait(null) // A dummy value for _wait_for_one().
      }
      todo.clear()
    },
    { __qualname__: 'as_completed.<locals>._on_timeout' },
  )

  const _on_completion = Object.assign(
    (f: Future<T>): void => {
      if (todo.size === 0) return // _on_timeout() was here first.
      todo.delete(f)
      done.put_nowait(f)
      if (todo.size === 0 && timeout_handle !== null) timeout_handle.cancel()
    },
    { __qualname__: 'as_completed.<locals>._on_completion' },
  )

  const _wait_for_one = async_def(function* _wait_for_one(): Coro<T> {
    const f = yield* done.get()
    if (f === null) throw new TimeoutError() // Dummy value from _on_timeout().
    return f.result() // May raise f.exception().
  })

  for (const f of todo) f.add_done_callback(_on_completion)
  if (todo.size > 0 && timeout !== null) timeout_handle = loop.call_later(timeout, _on_timeout)
  return { count: todo.size, next: _wait_for_one }
}
