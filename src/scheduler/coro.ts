/**
 * Coroutines: generator functions play `async def`, and `yield*` plays `await`.
 *
 * A coroutine object (what calling an `async_def` function returns) runs nothing until it is
 * awaited (`yield*` inline, in the same task, with no trip through the loop) or wrapped in a Task.
 * What a coroutine may yield is a closed set, `Yielded`: a Future to park its task on, the bare
 * step of `sleep(0)`, or a request that blocks its whole thread (`time.sleep`).
 *
 * A coroutine runs once. JavaScript cannot tell whether a generator has finished (an exhausted one
 * just returns `undefined` again), so each `async_def` coroutine records, in one property set the
 * first time something drives it, who did: an `await` (`yield*`, which asks the object for its
 * iterator), a Task (its first step), or `close()` (`.return()`). Driving it a second time raises
 * CPython's RuntimeError. The record costs one property write per coroutine, none per step.
 */
import { RuntimeError } from './exceptions.js'
import type { Future } from './futures.js'

/** The bare `yield` of `asyncio.sleep(0)`: give the loop one iteration, then continue. */
export const SLEEP0: unique symbol = Symbol('sleep0')

/**
 * A request that blocks the calling thread (not only the task): the world's thread scheduler
 * (thread-scheduler.ts) answers it, running other threads meanwhile.
 */
export type ThreadBlock =
  | { readonly kind: 'sleep'; readonly seconds: number }
  /**
   * Waits until another thread notifies `channel` (the world's `notify`), or until `until` (virtual
   * time; null: no timeout). The reply's value is true when notified, false on timeout. `what` names
   * the wait in deadlock reports (`join Thread-1 (worker)`, `Future.result`).
   */
  | { readonly kind: 'wait'; readonly channel: object; readonly until: number | null; readonly what: string }
  /** A loop with nothing ready waits until `until` (a timer), or forever when `until` is null. */
  | { readonly kind: 'idle'; readonly until: number | null }
  /** The iteration budget is spent: the world stops the run where it stands. */
  | { readonly kind: 'budget-exhausted' }
  /** A model threw a JavaScript error (a bug in the model): the world stops and reports it. */
  | { readonly kind: 'model-error' }

/** What the world answers to a ThreadBlock: the blocking call returns `value` or raises `error`. */
export type BlockReply = { readonly value?: unknown; readonly error?: unknown }

export type Yielded = Future<unknown> | typeof SLEEP0 | ThreadBlock

/**
 * A coroutine object. Generator objects from `function*` satisfy it, and so do the scheduler's own
 * awaitables (a Future is its own iterator, so `yield* fut` allocates nothing).
 */
export type Coro<T> = Generator<Yielded, T, unknown>

/** Synchronous Python code that may block its thread (`time.sleep`, `loop.run_until_complete`). */
export type Blocking<T> = Generator<ThreadBlock, T, unknown>

const CORO_NAME = Symbol('coroutine name')

/**
 * Who first drove a coroutine object: absent (FRESH, inherited from the function's prototype) until
 * then; AWAITED once an `await` or `close()` took it; the Task whose first step took it.
 */
const DRIVEN_BY = Symbol('driven by')
const FRESH = 0
const AWAITED = 1
/** A Task, as far as this module needs one (tasks.ts imports this module, not the other way). */
interface Driver {
  done(): boolean
}
type DrivenBy = typeof FRESH | typeof AWAITED | Driver

interface CoroutineState {
  [DRIVEN_BY]: DrivenBy
}

const generatorReturn = (Object.getPrototypeOf(function* () {}).prototype as Generator).return

/**
 * `await coro` (`yield* coro` asks for the iterator once, before the first step): CPython's
 * `GET_AWAITABLE` refuses a coroutine a task is running, and `send` one that already ran.
 */
function awaitCoroutine(this: CoroutineState): unknown {
  const drivenBy = this[DRIVEN_BY]
  if (drivenBy !== FRESH) throw reuseError(drivenBy)
  this[DRIVEN_BY] = AWAITED
  return this
}

/** `coro.close()`: a coroutine closed before it started counts as finished: awaiting it raises. */
function closeCoroutine(this: CoroutineState & Generator, value: unknown): IteratorResult<unknown> {
  if (this[DRIVEN_BY] === FRESH) this[DRIVEN_BY] = AWAITED
  return generatorReturn.call(this, value)
}

function reuseError(drivenBy: Exclude<DrivenBy, typeof FRESH>): RuntimeError {
  // A coroutine awaited inline that is still suspended (awaited from two tasks) would be "being
  // awaited already" too; telling it from a finished one would cost a wrapper on every step.
  return drivenBy !== AWAITED && !drivenBy.done()
    ? new RuntimeError('coroutine is being awaited already')
    : new RuntimeError('cannot reuse already awaited coroutine')
}

/**
 * A Task's first step takes its coroutine: null when it may run it, else the RuntimeError CPython's
 * `coro.send(None)` raises for a coroutine that an `await` (or another task) already ran. Only
 * `async_def` coroutines keep the record; the scheduler's own (`sleep`) check themselves.
 */
export function claimCoroutine(coro: object, task: Driver): RuntimeError | null {
  const state = coro as Partial<CoroutineState>
  const drivenBy = state[DRIVEN_BY]
  if (drivenBy === undefined) return null
  if (drivenBy !== FRESH) return new RuntimeError('cannot reuse already awaited coroutine')
  state[DRIVEN_BY] = task
  return null
}

/**
 * `async def`: marks a generator function as a coroutine function and records its name for
 * reprs, warnings and deadlock reports. Returns the function itself: calling it costs nothing extra.
 *
 *     const say_after = async_def(function* say_after(delay: number, what: string) { ... })
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function async_def<F extends (...args: any[]) => Coro<any>>(fn: F): F {
  Object.defineProperties(fn.prototype, {
    [CORO_NAME]: { value: fn.name, enumerable: false },
    [DRIVEN_BY]: { value: FRESH, enumerable: false, writable: true },
    [Symbol.iterator]: { value: awaitCoroutine, enumerable: false },
    return: { value: closeCoroutine, enumerable: false },
  })
  return fn
}

/** Names the coroutine objects of a scheduler class (`asyncio.sleep` returns one). */
export function nameCoroutineClass(prototype: object, name: string): void {
  Object.defineProperty(prototype, CORO_NAME, { value: name, enumerable: false })
}

/** Whether a generator object came from an `async_def` function (or a scheduler coroutine class). */
export function hasCoroutineName(value: object): boolean {
  return CORO_NAME in value
}

/** The `__qualname__` of the function a coroutine object came from. */
export function coroName(coro: object): string {
  return (coro as { [CORO_NAME]?: string })[CORO_NAME] ?? 'coroutine'
}

/**
 * Marks Python futures (Future, Task). A coroutine object never has it, and neither does the object
 * `asyncio.sleep()` returns, which is a future inside but a coroutine to Python.
 */
export const IS_FUTURE: unique symbol = Symbol('asyncio future')

/** Python's `asyncio.isfuture`. */
export function isFuture(value: unknown): value is Future<unknown> {
  return typeof value === 'object' && value !== null && (value as { [IS_FUTURE]?: boolean })[IS_FUTURE] === true
}

/** Python's `asyncio.iscoroutine`: a coroutine object, not a Future. */
export function isCoroutine(value: unknown): value is Coro<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Coro<unknown>).next === 'function' &&
    typeof (value as Coro<unknown>).throw === 'function' &&
    !isFuture(value)
  )
}

/** A generator object (what calling any `function*` returns). */
export function isGeneratorObject(value: unknown): value is Blocking<unknown> {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Generator]'
}

/**
 * What a plain callback returns when it blocks its thread: a generator from a plain `function*`.
 * A coroutine object (from `async_def`) is not one: CPython would merely drop it, unawaited.
 */
export function isBlockingCall(value: unknown): value is Blocking<unknown> {
  return isGeneratorObject(value) && !hasCoroutineName(value)
}
