/**
 * `concurrent.futures.Future` and the asyncio functions that hand work across threads:
 * `asyncio.run_coroutine_threadsafe` and `futures._chain_future` (its concurrent side), written
 * from CPython 3.11's `concurrent/futures/_base.py` and `asyncio/futures.py`, `asyncio/tasks.py`.
 *
 * Invariants:
 * - A concurrent Future belongs to no loop. Its done-callbacks run at once, in the thread that
 *   completes (or cancels) it, in registration order; one added to a done future runs at once in
 *   the caller's thread.
 * - `result(timeout)` and `exception(timeout)` block the calling thread (a `wait` ThreadBlock on the
 *   future) and are generators: `yield* fut.result()`. Completing the future notifies every waiting
 *   thread, which run again in the order they began to wait (thread-scheduler.ts's rule).
 * - Same-instant order across threads: `run_coroutine_threadsafe` only queues a handle on the
 *   target loop (`call_soon_threadsafe`); the task is created when that loop runs the handle, after
 *   the posting thread blocks. The task's result reaches the concurrent future one loop iteration
 *   after the task finishes (through the task's done-callback, as `_chain_future` does); a thread
 *   blocked in `result()` then runs as soon as the loop's thread blocks, at the same virtual time.
 */
import type { Blocking, Coro } from './coro.js'
import { isCoroutine, isFuture } from './coro.js'
import {
  BaseException,
  Exception,
  KeyboardInterrupt,
  RuntimeError,
  SystemExit,
  TimeoutError,
  TypeError,
  formatExceptionOnly,
} from './exceptions.js'
import type { DoneCallback, Future as AsyncioFuture } from './futures.js'
import type { EventLoop } from './loop.js'
import { ensure_future } from './tasks.js'
import { world } from './world.js'

/** `concurrent.futures._base.Error`. */
export class FuturesError extends Exception {
  static override readonly __module__: string = 'concurrent.futures._base'
}
Object.defineProperty(FuturesError, 'name', { value: 'Error' })

/** `concurrent.futures.CancelledError`: not asyncio's (that one is a BaseException). */
export class CancelledError extends FuturesError {
  static override readonly __module__ = 'concurrent.futures._base'
}

/** `concurrent.futures.InvalidStateError`. */
export class InvalidStateError extends FuturesError {
  static override readonly __module__ = 'concurrent.futures._base'
}

type State = 'PENDING' | 'RUNNING' | 'CANCELLED' | 'CANCELLED_AND_NOTIFIED' | 'FINISHED'

export type ConcurrentCallback<T> = (fut: Future<T>) => unknown

export class Future<T = unknown> {
  _state: State = 'PENDING'
  private _result: T | undefined = undefined
  private _exception: BaseException | null = null
  private _done_callbacks: ConcurrentCallback<T>[] = []

  cancel(): boolean {
    if (this._state === 'RUNNING' || this._state === 'FINISHED') return false
    if (this._state === 'CANCELLED' || this._state === 'CANCELLED_AND_NOTIFIED') return true
    this._state = 'CANCELLED'
    world().notify(this)
    this._invoke_callbacks()
    return true
  }

  cancelled(): boolean {
    return this._state === 'CANCELLED' || this._state === 'CANCELLED_AND_NOTIFIED'
  }

  running(): boolean {
    return this._state === 'RUNNING'
  }

  done(): boolean {
    return this._state === 'CANCELLED' || this._state === 'CANCELLED_AND_NOTIFIED' || this._state === 'FINISHED'
  }

  /** `Future.result(timeout=None)`: blocks this thread until the future is done, or `timeout` passes. */
  *result(timeout: number | null = null): Blocking<T> {
    yield* this._wait(timeout, 'Future.result')
    if (this._exception !== null) throw this._exception
    return this._result as T
  }

  /**
   * `result()` of a future known to be done, which never blocks: what a done-callback calls
   * (`lambda f: print(f.result())`), where a model cannot `yield*`. Not done: a bug in the model.
   */
  result_now(): T {
    if (!this.done()) throw new Error('asyncio-lessons: result_now() on a concurrent Future that is not done')
    if (this.cancelled()) throw new CancelledError()
    if (this._exception !== null) throw this._exception
    return this._result as T
  }

  /** `Future.exception(timeout=None)`. */
  *exception(timeout: number | null = null): Blocking<BaseException | null> {
    yield* this._wait(timeout, 'Future.exception')
    return this._exception
  }

  /** The shared part of `result` and `exception`: `self._condition.wait(timeout)` and the checks around it. */
  private *_wait(timeout: number | null, what: string): Blocking<void> {
    if (this.cancelled()) throw new CancelledError()
    if (this._state === 'FINISHED') return
    // `Condition.wait(timeout)` with a timeout of 0 or less does not block.
    if (timeout === null || timeout > 0) {
      const w = world()
      const until = timeout === null ? null : w.now + timeout
      yield { kind: 'wait', channel: this, until, what }
    }
    if (this.cancelled()) throw new CancelledError()
    if ((this._state as State) !== 'FINISHED') throw new TimeoutError()
  }

  add_done_callback(fn: ConcurrentCallback<T>): void {
    if (!this.done()) {
      this._done_callbacks.push(fn)
      return
    }
    this._call(fn)
  }

  set_running_or_notify_cancel(): boolean {
    if (this._state === 'CANCELLED') {
      this._state = 'CANCELLED_AND_NOTIFIED'
      return false
    }
    if (this._state === 'PENDING') {
      this._state = 'RUNNING'
      return true
    }
    throw new RuntimeError(`Future in unexpected state: ${this._state}`)
  }

  set_result(result: T): void {
    if (this.done()) throw new InvalidStateError(`${this._state}: ${this.__repr__()}`)
    this._result = result
    this._state = 'FINISHED'
    world().notify(this)
    this._invoke_callbacks()
  }

  set_exception(exception: BaseException): void {
    if (this.done()) throw new InvalidStateError(`${this._state}: ${this.__repr__()}`)
    this._exception = exception
    this._state = 'FINISHED'
    world().notify(this)
    this._invoke_callbacks()
  }

  private _invoke_callbacks(): void {
    for (const callback of this._done_callbacks) this._call(callback)
  }

  /** A callback's exception is logged (`LOGGER.exception`), never raised. */
  private _call(callback: ConcurrentCallback<T>): void {
    try {
      callback(this)
    } catch (error) {
      if (!(error instanceof Exception)) throw error
      // CPython's message ends with the future's repr, whose address differs each run.
      world().log('exception calling callback for Future', undefined, formatExceptionOnly(error))
    }
  }

  __repr__(): string {
    // CPython shows the object's address (`<Future at 0x7f... state=pending>`); there is none here.
    if (this._state === 'FINISHED') {
      if (this._exception !== null) return `<Future state=finished raised ${this._exception.name}>`
      return `<Future state=finished returned ${typeNameOf(this._result)}>`
    }
    return `<Future state=${STATE_NAMES[this._state]}>`
  }
}

const STATE_NAMES: Record<State, string> = {
  PENDING: 'pending',
  RUNNING: 'running',
  CANCELLED: 'cancelled',
  CANCELLED_AND_NOTIFIED: 'cancelled',
  FINISHED: 'finished',
}

function typeNameOf(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType'
  if (typeof value === 'string') return 'str'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float'
  if (typeof value === 'boolean') return 'bool'
  return (value as object).constructor.name
}

/** `futures._convert_future_exc` is the identity for asyncio's exceptions on this side. */
function _set_concurrent_future_state<T>(concurrent: Future<T>, source: AsyncioFuture<T>): void {
  if (source.cancelled()) concurrent.cancel()
  if (!concurrent.set_running_or_notify_cancel()) return
  const exception = source.exception()
  if (exception !== null) concurrent.set_exception(exception)
  else concurrent.set_result(source.result())
}

/** `futures._chain_future(source, destination)` for an asyncio source and a concurrent destination. */
export function _chain_future<T>(source: AsyncioFuture<T>, destination: Future<T>): void {
  if (!isFuture(source)) throw new TypeError('A future is required for source argument')
  const source_loop: EventLoop = source.get_loop()
  const _call_check_cancel = (dest: Future<T>): void => {
    // The destination has no loop, so `source_loop is dest_loop` is false: always threadsafe.
    if (dest.cancelled()) source_loop.call_soon_threadsafe(Object.assign(() => source.cancel(), { __qualname__: `${source.constructor.name}.cancel` }))
  }
  const _call_set_state: DoneCallback<T> = Object.assign(
    (src: AsyncioFuture<T>) => {
      // dest_loop is None: the state is set from the source loop's thread, at once.
      _set_concurrent_future_state(destination, src)
    },
    { __qualname__: '_chain_future.<locals>._call_set_state' },
  )
  destination.add_done_callback(_call_check_cancel)
  source.add_done_callback(_call_set_state)
}

/** `asyncio.run_coroutine_threadsafe(coro, loop)`. */
export function run_coroutine_threadsafe<T>(coro: Coro<T>, loop: EventLoop): Future<T> {
  if (!isCoroutine(coro)) throw new TypeError('A coroutine object is required')
  const future = new Future<T>()
  const callback = (): void => {
    try {
      _chain_future(ensure_future(coro, loop), future)
    } catch (error) {
      if (error instanceof SystemExit || error instanceof KeyboardInterrupt) throw error
      if (error instanceof BaseException && future.set_running_or_notify_cancel()) future.set_exception(error)
      throw error
    }
  }
  Object.defineProperty(callback, 'name', { value: 'callback' })
  Object.assign(callback, { __qualname__: 'run_coroutine_threadsafe.<locals>.callback' })
  loop.call_soon_threadsafe(callback)
  return future
}
