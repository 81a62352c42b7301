/**
 * `asyncio.timeout`, `asyncio.timeout_at` and the `Timeout` context manager (`timeouts.py`, 3.11).
 *
 *     // async with asyncio.timeout(1) as cm:
 *     //     await asyncio.sleep(5)
 *     yield* async_with(asyncio.timeout(1), function* (cm) {
 *       yield* asyncio.sleep(5)
 *     })
 *
 * Invariants (CPython's):
 * - The deadline is absolute loop time. Entering schedules `_on_timeout` with `call_at` (or
 *   `call_soon` when the deadline has already passed); every `reschedule` cancels the previous
 *   handle first; leaving cancels whatever handle is left.
 * - On expiry the timeout cancels its task (one more `cancelling()` request) and moves to EXPIRING.
 *   On exit it always calls `uncancel()`, and turns the CancelledError into `TimeoutError` only
 *   when no other cancellation was requested meanwhile (`uncancel() <= cancelling at entry`), so a
 *   cancellation from outside still propagates as CancelledError.
 * - 3.11 and 3.12 convert only an exception of exactly the CancelledError class; 3.13 any subclass
 *   too (and only 3.13 chains a TimeoutError into the context of other exceptions, not modelled).
 */
import type { AsyncContextManager } from './async-with.js'
import type { Coro } from './coro.js'
import type { Handle } from './events.js'
import { AssertionError, type BaseException, CancelledError, RuntimeError, TimeoutError } from './exceptions.js'
import { get_running_loop } from './policy.js'
import { floatRepr } from './pyrepr.js'
import { type Task, current_task } from './tasks.js'

/** `timeouts._State`: the member names CPython uses, with their values (what reprs show). */
const _State = {
  CREATED: 'created',
  ENTERED: 'active',
  EXPIRING: 'expiring',
  EXPIRED: 'expired',
  EXITED: 'finished',
} as const
type State = (typeof _State)[keyof typeof _State]

export class Timeout implements AsyncContextManager<Timeout> {
  _state: State = _State.CREATED
  _timeout_handler: Handle | null = null
  _task: Task<unknown> | null = null
  _when: number | null
  _cancelling = 0
  /** The bound method `self._on_timeout` that the loop calls. */
  readonly _on_timeout_cb = Object.assign(() => this._on_timeout(), { __qualname__: 'Timeout._on_timeout' })

  /** Use `timeout()` or `timeout_at()` rather than the constructor, as in Python. */
  constructor(when: number | null) {
    this._when = when
  }

  /** The current deadline (loop time), or null for none. */
  when(): number | null {
    return this._when
  }

  reschedule(when: number | null): void {
    if (this._state !== _State.ENTERED) {
      if (this._state === _State.CREATED) throw new RuntimeError('Timeout has not been entered')
      throw new RuntimeError(`Cannot change state of ${this._state} Timeout`)
    }
    this._when = when
    if (this._timeout_handler !== null) this._timeout_handler.cancel()
    if (when === null) {
      this._timeout_handler = null
    } else {
      const loop = get_running_loop()
      this._timeout_handler =
        when <= loop.time() ? loop.call_soon(this._on_timeout_cb) : loop.call_at(when, this._on_timeout_cb)
    }
  }

  /** Whether the timeout expired during the block. */
  expired(): boolean {
    return this._state === _State.EXPIRING || this._state === _State.EXPIRED
  }

  __repr__(): string {
    const info = ['']
    if (this._state === _State.ENTERED) {
      info.push(`when=${this._when === null ? 'None' : floatRepr(round3(this._when))}`)
    }
    return `<Timeout [${this._state}]${info.join(' ')}>`
  }

  *__aenter__(): Coro<Timeout> {
    if (this._state !== _State.CREATED) throw new RuntimeError('Timeout has already been entered')
    const task = current_task()
    if (task === null) throw new RuntimeError('Timeout should be used inside a task')
    this._state = _State.ENTERED
    this._task = task
    this._cancelling = task.cancelling()
    this.reschedule(this._when)
    return this
  }

  *__aexit__(exc: BaseException | null): Coro<null> {
    if (this._state !== _State.ENTERED && this._state !== _State.EXPIRING) throw new AssertionError()
    if (this._timeout_handler !== null) {
      this._timeout_handler.cancel()
      this._timeout_handler = null
    }
    if (this._state === _State.EXPIRING) {
      this._state = _State.EXPIRED
      // No new cancel requests since entry: this timeout is what cancelled the task.
      if (this._task!.uncancel() <= this._cancelling && exc !== null && isCancellation(exc, this._task!)) {
        throw new TimeoutError()
      }
    } else if (this._state === _State.ENTERED) {
      this._state = _State.EXITED
    }
    return null
  }

  _on_timeout(): void {
    if (this._state !== _State.ENTERED) throw new AssertionError()
    this._task!.cancel()
    this._state = _State.EXPIRING
    // Drop the reference early.
    this._timeout_handler = null
  }
}

/** 3.11 and 3.12.1 test `exc_type is CancelledError`; 3.13 `issubclass(exc_type, CancelledError)`. */
function isCancellation(exc: BaseException, task: Task<unknown>): boolean {
  if (task._loop._world.version === '3.13') return exc instanceof CancelledError
  return exc.constructor === CancelledError
}

/** Python's `round(x, 3)`: correctly rounded, ties to even. */
function round3(x: number): number {
  // An exact tie at the third decimal is an odd multiple of 1/16 (0.0625, 0.1875, ...), where
  // toFixed would round up; everywhere else toFixed's exact rounding is Python's.
  const sixteenths = x * 16
  if (Number.isInteger(sixteenths) && sixteenths % 2 !== 0) {
    const low = Math.floor(x * 1000)
    return Number(`${low % 2 === 0 ? low : low + 1}e-3`)
  }
  return Number(x.toFixed(3))
}

/** `asyncio.timeout(delay)`: a deadline `delay` seconds from now, or none for null. */
export function timeout(delay: number | null): Timeout {
  const loop = get_running_loop()
  return new Timeout(delay !== null ? loop.time() + delay : null)
}

/** `asyncio.timeout_at(when)`: a deadline in loop time (`loop.time()`), or none for null. */
export function timeout_at(when: number | null): Timeout {
  return new Timeout(when)
}
