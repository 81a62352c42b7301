/**
 * Handles: a callback queued on a loop (`events.py: Handle`, `TimerHandle`).
 *
 * Invariant: a handle runs at most once, and only from the loop's single call site in `runOnce`
 * (CPython: "This is the only place where callbacks are actually *called*").
 */
import { floatRepr } from './pyrepr.js'
import type { EventLoop } from './loop.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Callback = (...args: any[]) => unknown

export const NO_ARGS: readonly unknown[] = Object.freeze([])

export class Handle {
  _cancelled = false

  constructor(
    readonly _callback: Callback,
    readonly _args: readonly unknown[],
    readonly _loop: EventLoop,
  ) {}

  cancel(): void {
    this._cancelled = true
  }

  cancelled(): boolean {
    return this._cancelled
  }

  get_loop(): EventLoop {
    return this._loop
  }

  __repr__(): string {
    return `<${this.constructor.name}${this.describe()}>`
  }

  protected describe(): string {
    return this._cancelled ? ' cancelled' : ` ${callbackName(this._callback)}()`
  }
}

export class TimerHandle extends Handle {
  /** True while the handle sits in its loop's heap. */
  _scheduled = false

  constructor(
    readonly _when: number,
    callback: Callback,
    args: readonly unknown[],
    loop: EventLoop,
  ) {
    super(callback, args, loop)
  }

  override cancel(): void {
    if (!this._cancelled) this._loop._timer_handle_cancelled(this)
    super.cancel()
  }

  when(): number {
    return this._when
  }

  protected override describe(): string {
    return ` when=${floatRepr(this._when)}${super.describe()}`
  }
}

/** The callback's name as CPython's `_format_callback` shows it. */
export function callbackName(callback: Callback): string {
  return callback.name.replace(/^bound /, '') || '<lambda>'
}
