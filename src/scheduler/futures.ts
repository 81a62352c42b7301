/**
 * `asyncio.Future` (`futures.py`).
 *
 * Invariants:
 * - The state moves once, from PENDING to FINISHED (result or exception) or CANCELLED.
 * - Completing a future never runs a callback directly: each is passed to `call_soon`, in
 *   registration order. A callback added to a done future is scheduled at once.
 * - A Future is its own iterator: `yield* fut` yields the future itself while it is pending (the
 *   task parks on it) and returns its result (or throws) once it is done. Keeping no iteration state
 *   lets many tasks await one future, and lets `yield* sleep(d)` allocate nothing beyond the future.
 */
import { type Coro, IS_FUTURE, type Yielded } from './coro.js'
import type { Callback, Handle } from './events.js'
import { BaseException, CancelledError, InvalidStateError, StopIteration, TypeError } from './exceptions.js'
import type { EventLoop } from './loop.js'
import { noteUnretrieved } from './finalization.js'
import { get_event_loop } from './policy.js'
import type { Task } from './tasks.js'
import { repr } from './pyrepr.js'

export type FutureState = 'PENDING' | 'CANCELLED' | 'FINISHED'

/** `Future._flags` bits. Subclasses (Task, Sleep) take the bits from FUTURE_FREE_BIT up. */
const BLOCKING = 1
const LOG_TRACEBACK = 2
/** `_state`: PENDING is neither bit. */
const CANCELLED_BIT = 4
const FINISHED_BIT = 8
export const FUTURE_FREE_BIT = 16

/**
 * A task registered to be woken by a future: its own done-callback entry, standing for the
 * `Task.task_wakeup` CPython's C task registers. Parking then costs no function object per task.
 */
export interface TaskWakeup {
  /** The handle `call_soon(task_wakeup, fut)` queues. */
  _wakeup_handle(fut: Future<unknown>): Handle
  /** `task_wakeup` as a function, for reprs and introspection (made on demand). */
  readonly _wakeup: Callback
  /** Whether `fn` is that function (without making it). */
  _is_wakeup(fn: unknown): boolean
}

type CallbackEntry = Callback | TaskWakeup

/** A done-callback as CPython formats it in reprs (`Task.task_wakeup()`). */
export type DoneCallback<T> = ((fut: Future<T>) => unknown) & { readonly __qualname__?: string }

export class Future<T = unknown> implements Coro<T> {
  declare readonly [IS_FUTURE]: boolean
  _result: T | undefined = undefined
  _exception: BaseException | null = null
  _loop: EventLoop
  /**
   * The done-callbacks in registration order: null, a lone entry, or an array. Nearly every future
   * gets exactly one (its awaiting task's wakeup), so a million sleeping tasks hold no arrays. An
   * entry is a function, or a task to wake (TaskWakeup).
   */
  _callbacks: CallbackEntry | CallbackEntry[] | null = null
  _cancel_message: unknown = null
  _cancelled_exc: CancelledError | null = null
  /**
   * The state and the boolean attributes of this future and its subclass, as bits of one small
   * integer: each field costs 8 bytes per object, and a million sleeping tasks hold two million
   * futures. The attributes themselves are accessors below (`_state`, `_asyncio_future_blocking`,
   * `_log_traceback`).
   */
  _flags = 0
  /** The frame holding this future (finalization.ts): the task that created it, or the module (null). */
  _holder: Task<unknown> | null
  /** Allocation order, for the collector at exit (finalization.ts). */
  _seq: number

  /** `loop` null: bound on first use (`asyncio.sleep()` is a coroutine and touches no loop until it runs). */
  constructor(loop?: EventLoop | null) {
    this._loop = loop === null ? (null as unknown as EventLoop) : (loop ?? get_event_loop())
    this._holder = loop === null ? null : this._loop._current_task
    this._seq = loop === null ? 0 : this._loop._finalizer.seq++
  }

  get _state(): FutureState {
    const flags = this._flags
    return flags & FINISHED_BIT ? 'FINISHED' : flags & CANCELLED_BIT ? 'CANCELLED' : 'PENDING'
  }

  set _state(value: FutureState) {
    const bit = value === 'FINISHED' ? FINISHED_BIT : value === 'CANCELLED' ? CANCELLED_BIT : 0
    this._flags = (this._flags & ~(FINISHED_BIT | CANCELLED_BIT)) | bit
  }

  /** Set when the future is yielded to a task, as Python's `__await__` sets it. */
  get _asyncio_future_blocking(): boolean {
    return (this._flags & BLOCKING) !== 0
  }

  set _asyncio_future_blocking(value: boolean) {
    this._flags = value ? this._flags | BLOCKING : this._flags & ~BLOCKING
  }

  /** True while an exception is set and nobody has looked at it ("exception was never retrieved"). */
  get _log_traceback(): boolean {
    return (this._flags & LOG_TRACEBACK) !== 0
  }

  set _log_traceback(value: boolean) {
    this._flags = value ? this._flags | LOG_TRACEBACK : this._flags & ~LOG_TRACEBACK
  }

  get_loop(): EventLoop {
    return this._loop
  }

  done(): boolean {
    return (this._flags & (FINISHED_BIT | CANCELLED_BIT)) !== 0
  }

  cancelled(): boolean {
    return (this._flags & CANCELLED_BIT) !== 0
  }

  result(): T {
    if (this._state === 'CANCELLED') throw this._make_cancelled_error()
    // The C accelerator's wording (`_asynciomodule.c`), which CPython runs, not futures.py's 'Result is not ready.'.
    if (this._state !== 'FINISHED') throw new InvalidStateError('Result is not set.')
    this._log_traceback = false
    if (this._exception !== null) throw this._exception
    return this._result as T
  }

  exception(): BaseException | null {
    if (this._state === 'CANCELLED') throw this._make_cancelled_error()
    if (this._state !== 'FINISHED') throw new InvalidStateError('Exception is not set.')
    this._log_traceback = false
    return this._exception
  }

  set_result(result: T): void {
    if (this._state !== 'PENDING') throw new InvalidStateError('invalid state')
    this._result = result
    this._state = 'FINISHED'
    this._schedule_callbacks()
  }

  set_exception(exception: BaseException): void {
    if (this._state !== 'PENDING') throw new InvalidStateError('invalid state')
    if (exception.constructor === StopIteration) {
      throw new TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
    }
    this._exception = exception
    this._state = 'FINISHED'
    this._schedule_callbacks()
    this._log_traceback = true
    noteUnretrieved(this)
  }

  cancel(msg: unknown = null): boolean {
    this._log_traceback = false
    if (this._state !== 'PENDING') return false
    this._state = 'CANCELLED'
    this._cancel_message = msg
    this._schedule_callbacks()
    return true
  }

  add_done_callback(fn: DoneCallback<T>): void {
    if (this._state !== 'PENDING') this._loop._call_soon(fn as Callback, [this])
    else this._add_entry(fn as Callback)
  }

  /** `add_done_callback(task.task_wakeup)`: the task is its own entry (TaskWakeup). */
  _add_wakeup(task: TaskWakeup): void {
    if (this._state !== 'PENDING') this._loop._ready.push(task._wakeup_handle(this as Future<unknown>))
    else this._add_entry(task)
  }

  private _add_entry(entry: CallbackEntry): void {
    const callbacks = this._callbacks
    if (callbacks === null) this._callbacks = entry
    else if (!Array.isArray(callbacks)) this._callbacks = [callbacks, entry]
    else callbacks.push(entry)
  }

  /** The done-callbacks as a list of functions, in registration order. */
  _done_callbacks(): readonly Callback[] {
    const callbacks = this._callbacks
    if (callbacks === null) return []
    return (Array.isArray(callbacks) ? callbacks : [callbacks]).map(entryFunction)
  }

  remove_done_callback(fn: DoneCallback<T>): number {
    const callbacks = this._callbacks
    if (callbacks === null) return 0
    if (!Array.isArray(callbacks)) {
      if (!entryIs(callbacks, fn)) return 0
      this._callbacks = null
      return 1
    }
    const kept = callbacks.filter((cb) => !entryIs(cb, fn))
    const removed = callbacks.length - kept.length
    if (removed > 0) this._callbacks = kept
    return removed
  }

  _make_cancelled_error(): CancelledError {
    const saved = this._cancelled_exc
    if (saved !== null) {
      this._cancelled_exc = null
      return saved
    }
    return this._cancel_message === null ? new CancelledError() : new CancelledError(this._cancel_message)
  }

  private _schedule_callbacks(): void {
    const callbacks = this._callbacks
    if (callbacks === null) return
    this._callbacks = null
    if (!Array.isArray(callbacks)) this._schedule_entry(callbacks)
    else for (const entry of callbacks) this._schedule_entry(entry)
  }

  private _schedule_entry(entry: CallbackEntry): void {
    if (typeof entry === 'function') this._loop._call_soon(entry, [this])
    else this._loop._ready.push(entry._wakeup_handle(this as Future<unknown>))
  }

  // --- `await fut`: the iterator protocol -------------------------------------------------------

  next(): IteratorResult<Yielded, T> {
    if (this._state === 'PENDING') {
      this._asyncio_future_blocking = true
      return { done: false, value: this as Future<unknown> }
    }
    return { done: true, value: this.result() }
  }

  /** An exception thrown into a task parked on this future surfaces at the `await`. */
  throw(error: unknown): IteratorResult<Yielded, T> {
    throw error
  }

  // `value: T`, not `value?: unknown`: TypeScript folds this parameter into the type of `yield* fut`,
  // which would otherwise be `unknown` (or `T | undefined`) for every future.
  return(value: T): IteratorResult<Yielded, T> {
    return { done: true, value }
  }

  [Symbol.iterator](): this {
    return this
  }

  /** What a task parked on this future waits on, for the trace (`Future`, `Task-3`, `sleep(1)`). */
  _wait_label(): string {
    return this._className()
  }

  // --- repr -------------------------------------------------------------------------------------

  __repr__(): string {
    return `<${this._className()} ${this._repr_info().join(' ')}>`
  }

  protected _className(): string {
    return 'Future'
  }

  /** `base_futures._future_repr_info`. */
  _repr_info(): string[] {
    const info = [this._state.toLowerCase()]
    if (this._state === 'FINISHED') {
      info.push(this._exception !== null ? `exception=${repr(this._exception)}` : `result=${repr(this._result)}`)
    }
    const callbacks = this._done_callbacks()
    if (callbacks.length > 0) info.push(formatCallbacks(callbacks))
    return info
  }
}
Object.defineProperty(Future.prototype, IS_FUTURE, { value: true })
qualifyMethods(Future.prototype, 'Future', ['set_result', 'set_exception', 'cancel', 'result', 'exception', 'done', 'cancelled'])

/**
 * Gives a class's methods CPython's `__qualname__` (`Future.set_result`), so that a callback made
 * with `fut.set_result.bind(fut)` is named as CPython names `fut.set_result` in handle reprs,
 * "Exception in callback" reports and iteration events. A bound function inherits its target's
 * prototype: the name goes on a prototype of the method's own (as tasks.ts names `task_wakeup`).
 */
export function qualifyMethods(prototype: object, className: string, names: readonly string[]): void {
  for (const name of names) {
    const method = (prototype as Record<string, unknown>)[name]
    if (typeof method !== 'function' || Object.prototype.hasOwnProperty.call(Object.getPrototypeOf(method), '__qualname__')) continue
    Object.setPrototypeOf(method, Object.create(Function.prototype, { __qualname__: { value: `${className}.${name}` } }) as object)
  }
}

function entryFunction(entry: CallbackEntry): Callback {
  return typeof entry === 'function' ? entry : entry._wakeup
}

function entryIs(entry: CallbackEntry, fn: unknown): boolean {
  return entry === fn || (typeof entry !== 'function' && entry._is_wakeup(fn))
}

function callbackLabel(cb: Callback & { readonly __qualname__?: string }): string {
  return `${cb.__qualname__ ?? (cb.name.replace(/^bound /, '') || '<lambda>')}()`
}

/** `base_futures._format_callbacks`: first, `<n more>`, last. */
function formatCallbacks(callbacks: readonly Callback[]): string {
  const n = callbacks.length
  const first = callbackLabel(callbacks[0]!)
  if (n === 1) return `cb=[${first}]`
  const last = callbackLabel(callbacks[n - 1]!)
  if (n === 2) return `cb=[${first}, ${last}]`
  return `cb=[${first}, <${n - 2} more>, ${last}]`
}

/** `futures._set_result_unless_cancelled`, the timer callback of `asyncio.sleep`. */
export function _set_result_unless_cancelled<T>(fut: Future<T>, result: T): void {
  if (fut.cancelled()) return
  fut.set_result(result)
}
