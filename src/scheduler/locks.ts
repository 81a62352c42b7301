/**
 * asyncio's synchronisation primitives (`locks.py` and `mixins.py`, CPython 3.11.7): Lock, Event,
 * Condition, Semaphore, BoundedSemaphore, Barrier.
 *
 * Ported line by line, because the number of loop iterations and the order of wakeups show in
 * traces:
 * - Every waiter is a plain Future (so a deadlock report says `Future`), appended to a FIFO list
 *   (CPython's `collections.deque`; appends, `remove` and iteration only, so a plain array).
 *   A waiter removes its own future in a `finally`, when its task runs again, not when it is woken:
 *   a woken or cancelled future stays in the list until then, and the `done()`/`cancelled()` checks
 *   below exist for exactly that window.
 * - Waking never runs anyone: `set_result` schedules the waiter's task for the next iteration.
 * - The fast paths do not yield: acquiring a free Lock (no waiters, or only cancelled ones), a
 *   Semaphore that is not `locked()`, or waiting on a set Event costs no iteration.
 * - Semaphore is 3.11.7's (gh-90155): `_wake_up_next` hands the unit to the woken waiter at once
 *   (it decrements `_value`), so a newcomer cannot overtake it; a woken waiter that is cancelled
 *   before it runs gives its unit back and wakes the next one.
 * - A primitive binds to the running loop the first time it has to wait (`_LoopBoundMixin`).
 *
 * `async with lock:` in a model: `__aenter__` only awaits `acquire()` and `__aexit__` only calls
 * `release()` (and returns None, so nothing is suppressed), hence the statement is exactly
 *
 *     yield* lock.acquire()          // async with lock:
 *     try {
 *       ...                          //     body
 *     } finally {
 *       lock.release()
 *     }
 *
 * with the same order of operations in every case: a cancellation during `acquire()` never reaches
 * `release()`, and an exception from the body releases the lock and then propagates (a failing
 * `release()` replaces it, as in Python). The same holds for Condition, Semaphore and
 * BoundedSemaphore, and it is the form lesson models use. Each primitive also has `__aenter__` and
 * `__aexit__`, so the generic `yield* async_with(lock, function* () { ... })` (async-with.ts) works
 * too and costs the same (no iteration beyond `acquire()`'s own), as does
 * `async with barrier as index:`.
 */
import { type Coro, nameCoroutineClass } from './coro.js'
import { AttributeError, CancelledError, RuntimeError, ValueError } from './exceptions.js'
import { type Future, qualifyMethods } from './futures.js'
import type { EventLoop } from './loop.js'
import { _get_running_loop } from './policy.js'
import { Tuple } from './pyrepr.js'

/** `asyncio.BrokenBarrierError`: a Barrier was reset or aborted while a task waited on it. */
export class BrokenBarrierError extends RuntimeError {
  static override readonly __module__ = 'asyncio.exceptions'
}

/**
 * Objects in reprs show no address: CPython's `id()` cannot be reproduced, so a repr that includes
 * one never matches anyway. Lessons print `locked()`, `is_set()` or `str(queue)` instead.
 */
export function objectRepr(module: string, self: object): string {
  return `${module}.${self.constructor.name} object at 0x...`
}

/** `deque.remove(x)`: drops the first occurrence; false when there is none (Python raises ValueError). */
export function removeWaiter<T>(waiters: T[], item: T): boolean {
  const index = waiters.indexOf(item)
  if (index < 0) return false
  waiters.splice(index, 1)
  return true
}

/** `mixins._LoopBoundMixin`. */
export class _LoopBoundMixin {
  _loop: EventLoop | null = null

  _get_loop(): EventLoop {
    const loop = _get_running_loop()
    if (this._loop === null) this._loop = loop
    if (loop !== this._loop) throw new RuntimeError(`${this.__repr__()} is bound to a different event loop`)
    if (loop === null) throw new AttributeError("'NoneType' object has no attribute 'create_future'")
    return loop
  }

  __repr__(): string {
    return `<${objectRepr('asyncio.locks', this)}>`
  }
}

/** The `[extra]` part of the primitives' reprs. */
function withWaiters(extra: string, waiters: readonly unknown[] | null): string {
  return waiters !== null && waiters.length > 0 ? `${extra}, waiters:${waiters.length}` : extra
}

function reprWith(self: _LoopBoundMixin, extra: string): string {
  const res = _LoopBoundMixin.prototype.__repr__.call(self)
  return `<${res.slice(1, -1)} [${extra}]>`
}

/** `locks._ContextManagerMixin`: `async with` over `acquire()`/`release()`. */
abstract class _ContextManagerMixin extends _LoopBoundMixin {
  abstract acquire(): Coro<boolean>
  abstract release(): void

  *__aenter__(): Coro<null> {
    yield* this.acquire()
    return null
  }

  *__aexit__(_exc?: unknown): Coro<null> {
    this.release()
    return null
  }
}

export class Lock extends _ContextManagerMixin {
  _waiters: Future<boolean>[] | null = null
  _locked = false

  override __repr__(): string {
    return reprWith(this, withWaiters(this._locked ? 'locked' : 'unlocked', this._waiters))
  }

  locked(): boolean {
    return this._locked
  }

  *acquire(): Coro<boolean> {
    if (!this._locked && (this._waiters === null || this._waiters.every((w) => w.cancelled()))) {
      this._locked = true
      return true
    }
    this._waiters ??= []
    const fut = this._get_loop().create_future<boolean>()
    this._waiters.push(fut)
    // The finally runs before the CancelledError handling, so that a cancelled waiter does not
    // wake itself up in `_wake_up_first`.
    try {
      try {
        yield* fut
      } finally {
        removeWaiter(this._waiters, fut)
      }
    } catch (error) {
      if (error instanceof CancelledError && !this._locked) this._wake_up_first()
      throw error
    }
    this._locked = true
    return true
  }

  release(): void {
    if (!this._locked) throw new RuntimeError('Lock is not acquired.')
    this._locked = false
    this._wake_up_first()
  }

  /**
   * Wakes the first waiter unless it is already done: a done waiter will run anyway, and either
   * take the lock or, if it was cancelled and the lock is free, come back here for the next one.
   */
  _wake_up_first(): void {
    const fut = this._waiters?.[0]
    if (fut !== undefined && !fut.done()) fut.set_result(true)
  }
}

export class Event extends _LoopBoundMixin {
  readonly _waiters: Future<boolean>[] = []
  _value = false

  override __repr__(): string {
    return reprWith(this, withWaiters(this._value ? 'set' : 'unset', this._waiters))
  }

  is_set(): boolean {
    return this._value
  }

  set(): void {
    if (this._value) return
    this._value = true
    for (const fut of this._waiters) {
      if (!fut.done()) fut.set_result(true)
    }
  }

  clear(): void {
    this._value = false
  }

  *wait(): Coro<true> {
    if (this._value) return true
    const fut = this._get_loop().create_future<boolean>()
    this._waiters.push(fut)
    try {
      yield* fut
      return true
    } finally {
      removeWaiter(this._waiters, fut)
    }
  }
}
// `loop.call_soon_threadsafe(event.set)` shows as CPython's `Event.set`.
qualifyMethods(Event.prototype, 'Event', ['set', 'clear'])

export class Condition extends _ContextManagerMixin {
  readonly _lock: Lock
  readonly _waiters: Future<boolean>[] = []

  constructor(lock: Lock | null = null) {
    super()
    this._lock = lock ?? new Lock()
  }

  // The lock's own locked(), acquire() and release(), as CPython exports them.
  locked(): boolean {
    return this._lock.locked()
  }

  acquire(): Coro<boolean> {
    return this._lock.acquire()
  }

  release(): void {
    this._lock.release()
  }

  override __repr__(): string {
    return reprWith(this, withWaiters(this.locked() ? 'locked' : 'unlocked', this._waiters))
  }

  *wait(): Coro<boolean> {
    if (!this.locked()) throw new RuntimeError('cannot wait on un-acquired lock')
    this.release()
    try {
      const fut = this._get_loop().create_future<boolean>()
      this._waiters.push(fut)
      try {
        yield* fut
        return true
      } finally {
        removeWaiter(this._waiters, fut)
      }
    } finally {
      // The lock must be held again on the way out, even when the wait was cancelled.
      let cancelled = false
      for (;;) {
        try {
          yield* this.acquire()
          break
        } catch (error) {
          // eslint-disable-next-line no-unsafe-finally -- CPython raises from this finally too
          if (!(error instanceof CancelledError)) throw error
          cancelled = true
        }
      }
      // eslint-disable-next-line no-unsafe-finally -- as CPython does, replacing any exception in flight
      if (cancelled) throw new CancelledError()
    }
  }

  *wait_for<R>(predicate: () => R): Coro<R> {
    let result = predicate()
    while (!isTruthy(result)) {
      yield* this.wait()
      result = predicate()
    }
    return result
  }

  notify(n = 1): void {
    if (!this.locked()) throw new RuntimeError('cannot notify on un-acquired lock')
    let idx = 0
    for (const fut of this._waiters) {
      if (idx >= n) break
      if (!fut.done()) {
        idx++
        fut.set_result(false)
      }
    }
  }

  notify_all(): void {
    this.notify(this._waiters.length)
  }
}

/** Python truthiness for a predicate's result: empty strings, lists, tuples, maps and sets are false. */
function isTruthy(value: unknown): boolean {
  if (Array.isArray(value) || typeof value === 'string') return value.length > 0
  if (value instanceof Tuple) return value.items.length > 0
  if (value instanceof Map || value instanceof Set) return value.size > 0
  return Boolean(value)
}

export class Semaphore extends _ContextManagerMixin {
  _waiters: Future<boolean>[] | null = null
  _value: number

  constructor(value = 1) {
    super()
    if (value < 0) throw new ValueError('Semaphore initial value must be >= 0')
    this._value = value
  }

  override __repr__(): string {
    return reprWith(this, withWaiters(this.locked() ? 'locked' : `unlocked, value:${this._value}`, this._waiters))
  }

  /** True if the semaphore cannot be acquired at once: no units, or someone still queued. */
  locked(): boolean {
    return this._value === 0 || (this._waiters ?? []).some((w) => !w.cancelled())
  }

  *acquire(): Coro<boolean> {
    if (!this.locked()) {
      this._value--
      return true
    }
    this._waiters ??= []
    const fut = this._get_loop().create_future<boolean>()
    this._waiters.push(fut)
    try {
      try {
        yield* fut
      } finally {
        removeWaiter(this._waiters, fut)
      }
    } catch (error) {
      // Woken (and handed a unit) but cancelled before running: give the unit to the next one.
      if (error instanceof CancelledError && !fut.cancelled()) {
        this._value++
        this._wake_up_next()
      }
      throw error
    }
    if (this._value > 0) this._wake_up_next()
    return true
  }

  release(): void {
    this._value++
    this._wake_up_next()
  }

  /** Wakes the first waiter that is not done, handing it a unit. */
  _wake_up_next(): void {
    if (this._waiters === null) return
    for (const fut of this._waiters) {
      if (!fut.done()) {
        this._value--
        fut.set_result(true)
        return
      }
    }
  }
}

export class BoundedSemaphore extends Semaphore {
  readonly _bound_value: number

  constructor(value = 1) {
    super(value)
    this._bound_value = value
  }

  override release(): void {
    if (this._value >= this._bound_value) throw new ValueError('BoundedSemaphore released too many times')
    super.release()
  }
}

type _BarrierState = 'filling' | 'draining' | 'resetting' | 'broken'

/** `asyncio.Barrier(parties)` (new in 3.11), built on a Condition as in CPython. */
export class Barrier extends _LoopBoundMixin {
  readonly _cond = new Condition()
  readonly _parties: number
  _state: _BarrierState = 'filling'
  _count = 0

  constructor(parties: number) {
    super()
    if (parties < 1) throw new ValueError('parties must be > 0')
    this._parties = parties
  }

  override __repr__(): string {
    let extra: string = this._state
    if (!this.broken) extra += `, waiters:${this.n_waiting}/${this.parties}`
    return reprWith(this, extra)
  }

  /** `async with barrier as index:` waits for the barrier. */
  *__aenter__(): Coro<number> {
    return yield* this.wait()
  }

  *__aexit__(_exc?: unknown): Coro<void> {}

  /** Waits until `parties` tasks are waiting; returns a distinct index from 0 to parties-1. */
  *wait(): Coro<number> {
    yield* this._cond.acquire()
    try {
      yield* this._block()
      try {
        const index = this._count
        this._count++
        if (index + 1 === this._parties) this._release()
        else yield* this._wait()
        return index
      } finally {
        this._count--
        this._exit()
      }
    } finally {
      this._cond.release()
    }
  }

  /** Blocks while the barrier drains or resets; raises if it is broken. */
  private *_block(): Coro<void> {
    yield* this._cond.wait_for(() => this._state !== 'draining' && this._state !== 'resetting')
    if (this._state === 'broken') throw new BrokenBarrierError('Barrier aborted')
  }

  /** `async def _release` awaits nothing: awaiting it costs no iteration, so it is a plain call. */
  private _release(): void {
    this._state = 'draining'
    this._cond.notify_all()
  }

  private *_wait(): Coro<void> {
    yield* this._cond.wait_for(() => this._state !== 'filling')
    if (this._state === 'broken' || this._state === 'resetting') {
      throw new BrokenBarrierError('Abort or reset of barrier')
    }
  }

  private _exit(): void {
    if (this._count === 0) {
      if (this._state === 'resetting' || this._state === 'draining') this._state = 'filling'
      this._cond.notify_all()
    }
  }

  *reset(): Coro<void> {
    yield* this._cond.acquire()
    try {
      if (this._count > 0) {
        if (this._state !== 'resetting') this._state = 'resetting'
      } else {
        this._state = 'filling'
      }
      this._cond.notify_all()
    } finally {
      this._cond.release()
    }
  }

  *abort(): Coro<void> {
    yield* this._cond.acquire()
    try {
      this._state = 'broken'
      this._cond.notify_all()
    } finally {
      this._cond.release()
    }
  }

  get parties(): number {
    return this._parties
  }

  get n_waiting(): number {
    return this._state === 'filling' ? this._count : 0
  }

  get broken(): boolean {
    return this._state === 'broken'
  }
}

// Coroutine objects carry their function's __qualname__ (`create_task(lock.acquire())` is a task
// whose coroutine is `Lock.acquire`, as a deadlock report shows).
export function nameCoroutineMethods(cls: { readonly prototype: object; readonly name: string }, ...methods: string[]): void {
  for (const method of methods) {
    const fn = (cls.prototype as Record<string, { prototype: object }>)[method]!
    nameCoroutineClass(fn.prototype, `${cls.name}.${method}`)
  }
}
nameCoroutineMethods(_ContextManagerMixin, '__aenter__', '__aexit__')
nameCoroutineMethods(Lock, 'acquire')
nameCoroutineMethods(Event, 'wait')
nameCoroutineMethods(Condition, 'wait', 'wait_for')
nameCoroutineMethods(Semaphore, 'acquire')
nameCoroutineMethods(Barrier, '__aenter__', '__aexit__', 'wait', 'reset', 'abort')
