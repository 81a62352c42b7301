/**
 * `asyncio.gather` and its `_GatheringFuture` (`tasks.py`, 3.11).
 *
 * Children are wrapped in argument order (a repeated argument shares one child); results come back
 * in argument order; without `return_exceptions` the first exception or cancellation is set on the
 * outer future at once while the siblings keep running; cancelling the outer future cancels every
 * unfinished child.
 */
import type { Coro } from './coro.js'
import { type BaseException, CancelledError } from './exceptions.js'
import { Future } from './futures.js'
import type { EventLoop } from './loop.js'
import { get_event_loop } from './policy.js'
import { Task, ensure_future } from './tasks.js'

export class _GatheringFuture<T> extends Future<T> {
  _cancel_requested = false

  constructor(
    readonly _children: readonly Future<unknown>[],
    loop: EventLoop,
  ) {
    super(loop)
  }

  override cancel(msg: unknown = null): boolean {
    if (this.done()) return false
    let cancelledAny = false
    for (const child of this._children) {
      if (child.cancel(msg)) cancelledAny = true
    }
    if (cancelledAny) this._cancel_requested = true
    return cancelledAny
  }

  protected override _className(): string {
    return '_GatheringFuture'
  }

  override _wait_label(): string {
    return 'gather'
  }
}

type Awaitable = Coro<unknown> | Future<unknown>

export interface GatherOptions {
  readonly return_exceptions?: boolean
}

/** `asyncio.gather(*aws, return_exceptions=False)`. Pass options last: `gather(a, b, { return_exceptions: true })`. */
export function gather(...args: (Awaitable | GatherOptions)[]): Future<unknown[]> {
  const last = args[args.length - 1]
  const options: GatherOptions = last !== undefined && isGatherOptions(last) ? (args.pop() as GatherOptions) : {}
  return gatherAll(args as Awaitable[], options.return_exceptions ?? false)
}

function isGatherOptions(value: unknown): value is GatherOptions {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
}

/** `gather(*awaitables)` for an array: a JS call spreads at most about 100k arguments. */
export function gatherAll(awaitables: readonly Awaitable[], returnExceptions: boolean): Future<unknown[]> {
  if (awaitables.length === 0) {
    const outer = get_event_loop().create_future<unknown[]>()
    outer.set_result([])
    return outer
  }

  const children: Future<unknown>[] = []
  const childOf = new Map<Awaitable, Future<unknown>>()
  let outer: _GatheringFuture<unknown[]> | null = null
  let nfuts = 0
  let nfinished = 0
  let loop: EventLoop | undefined

  const _done_callback = (fut: Future<unknown>): void => {
    nfinished++
    if (outer === null || outer.done()) {
      // Mark the exception retrieved.
      if (!fut.cancelled()) fut.exception()
      return
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        outer.set_exception(fut._make_cancelled_error())
        return
      }
      const exc = fut.exception()
      if (exc !== null) {
        outer.set_exception(exc)
        return
      }
    }
    if (nfinished === nfuts) {
      const results = children.map((child): unknown => {
        if (child.cancelled()) return new CancelledError(child._cancel_message === null ? '' : child._cancel_message)
        const exc: BaseException | null = child.exception()
        return exc ?? child.result()
      })
      if (outer._cancel_requested) outer.set_exception(fut._make_cancelled_error())
      else outer.set_result(results)
    }
  }

  for (const arg of awaitables) {
    let fut = childOf.get(arg)
    if (fut === undefined) {
      fut = ensure_future(arg, loop)
      loop ??= fut._loop
      if (fut !== arg && fut instanceof Task) fut._log_destroy_pending = false
      nfuts++
      childOf.set(arg, fut)
      fut.add_done_callback(_done_callback)
    }
    children.push(fut)
  }
  outer = new _GatheringFuture<unknown[]>(children, loop!)
  return outer
}
