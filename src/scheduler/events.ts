/**
 * Handles: a callback queued on a loop (`events.py: Handle`, `TimerHandle`).
 *
 * Invariant: a handle runs at most once, and only from the loop's single call site in `runOnce`
 * (CPython: "This is the only place where callbacks are actually *called*").
 */
import { floatRepr } from './pyrepr.js'
import { reprlibRepr } from './reprlib.js'
import type { EventLoop } from './loop.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Callback = (...args: any[]) => unknown

export const NO_ARGS: readonly unknown[] = Object.freeze([])

/** Markers in `Handle._second`: what `_first` holds when it is not the first of two arguments. */
const ONE_ARG = Object.freeze({})
const ARG_ARRAY = Object.freeze({})

export class Handle {
  _cancelled = false
  /**
   * The arguments, in two slots. Two arguments (a sleep's future and result) are `_first` and
   * `_second`; one (a done-callback's future) is `_first`, with ONE_ARG in `_second`; any other
   * count is an array in `_first`, with ARG_ARRAY in `_second`. The markers are private objects no
   * caller can pass. Nearly every handle the scheduler makes has one or two arguments, and a timer
   * lives as long as its sleep: a million sleeping tasks hold no argument arrays (the arrays
   * callers pass die young), and every handle is one word smaller than with a slot per argument.
   */
  protected readonly _first: unknown
  private readonly _second: unknown

  constructor(
    readonly _callback: Callback,
    args: readonly unknown[],
    readonly _loop: EventLoop,
  ) {
    const n = args.length
    this._first = n === 1 || n === 2 ? args[0] : args
    this._second = n === 2 ? args[1] : n === 1 ? ONE_ARG : ARG_ARRAY
  }

  get _args(): readonly unknown[] {
    const second = this._second
    if (second === ARG_ARRAY) return this._first as readonly unknown[]
    return second === ONE_ARG ? [this._first] : [this._first, second]
  }

  /** Calls the callback with its arguments: only the loop's `_run_handle` does. */
  _invoke(): unknown {
    const second = this._second
    if (second === ONE_ARG) return this._callback(this._first)
    if (second === ARG_ARRAY) return this._callback(...(this._first as readonly unknown[]))
    return this._callback(this._first, second)
  }

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

  /** `Handle._repr_info`: cancelling drops the callback and its arguments, so only live handles show them. */
  protected describe(): string {
    return this._cancelled ? ' cancelled' : ` ${formatCallback(this._callback, this._args)}`
  }
}

/**
 * What the loop's timer heap holds: a TimerHandle, or a sleep standing as its own timer until it
 * is due (tasks.ts: a million sleeping tasks then hold no handles). `_due(when)` is the handle the
 * ready queue runs once the deadline `when` has come.
 */
export interface Timer {
  readonly _cancelled: boolean
  /** True while the timer sits in its loop's heap. */
  _scheduled: boolean
  readonly _callback: Callback
  readonly _args: readonly unknown[]
  _due(when: number): Handle
}

export class TimerHandle extends Handle implements Timer {
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

  _due(): this {
    return this
  }

  /** `TimerHandle._repr_info`: `when=` goes after `cancelled`, before the callback. */
  protected override describe(): string {
    const when = ` when=${floatRepr(this._when)}`
    return this._cancelled ? ` cancelled${when}` : `${when}${super.describe()}`
  }
}

/** The callback's name as CPython's `_format_callback` shows it. */
export function callbackName(callback: Callback): string {
  // `__qualname__` first, as CPython: a task's wakeup handle is `Task.task_wakeup`.
  const qualname = (callback as { readonly __qualname__?: unknown }).__qualname__
  if (typeof qualname === 'string' && qualname !== '') return qualname
  return callback.name.replace(/^bound /, '') || '<lambda>'
}

/** `format_helpers._format_callback`: `print('x', 1)`, arguments shortened as `reprlib.repr` does. */
export function formatCallback(callback: Callback, args: readonly unknown[]): string {
  return `${callbackName(callback)}(${args.map(reprlibRepr).join(', ')})`
}
