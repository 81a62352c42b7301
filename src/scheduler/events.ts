/**
 * Handles: a callback queued on a loop (`events.py: Handle`, `TimerHandle`).
 *
 * Invariant: a handle runs at most once, and only from the loop's single call site in `runOnce`
 * (CPython: "This is the only place where callbacks are actually *called*").
 */
import { floatRepr, repr } from './pyrepr.js'
import type { EventLoop } from './loop.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Callback = (...args: any[]) => unknown

export const NO_ARGS: readonly unknown[] = Object.freeze([])

/** Markers in `Handle._argv`: the arguments are the one or two held inline. */
const ONE_ARG: readonly unknown[] = Object.freeze([])
const TWO_ARGS: readonly unknown[] = Object.freeze([])

export class Handle {
  _cancelled = false
  /**
   * The arguments, or a marker when there are one or two: those live in `_arg0`/`_arg1`. Nearly
   * every handle the scheduler makes has one (a done-callback's future) or two (a sleep's future
   * and result), and a sleeping task's timer lives as long as the sleep: inline, a million sleeping
   * tasks hold a million fewer arrays, and the arrays callers pass die young.
   */
  private readonly _argv: readonly unknown[]
  private readonly _arg0: unknown
  private readonly _arg1: unknown

  constructor(
    readonly _callback: Callback,
    args: readonly unknown[],
    readonly _loop: EventLoop,
  ) {
    const n = args.length
    this._argv = n === 1 ? ONE_ARG : n === 2 ? TWO_ARGS : args
    this._arg0 = n === 1 || n === 2 ? args[0] : undefined
    this._arg1 = n === 2 ? args[1] : undefined
  }

  get _args(): readonly unknown[] {
    const argv = this._argv
    return argv === ONE_ARG ? [this._arg0] : argv === TWO_ARGS ? [this._arg0, this._arg1] : argv
  }

  /** Calls the callback with its arguments: only the loop's `_run_handle` does. */
  _invoke(): void {
    const argv = this._argv
    if (argv === ONE_ARG) this._callback(this._arg0)
    else if (argv === TWO_ARGS) this._callback(this._arg0, this._arg1)
    else this._callback(...argv)
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

/** `reprlib.repr` for the arguments lessons pass: strings over 30 characters and lists over 6 items. */
function reprlibRepr(value: unknown): string {
  if (Array.isArray(value)) {
    const items = value.slice(0, 6).map(reprlibRepr)
    if (value.length > 6) items.push('...')
    return `[${items.join(', ')}]`
  }
  const text = repr(value)
  if (typeof value !== 'string' || text.length <= 30) return text
  return `${text.slice(0, 13)}...${text.slice(text.length - 14)}`
}
