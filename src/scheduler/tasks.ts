/**
 * `asyncio.Task` and the module functions around it (`tasks.py`), plus `asyncio.sleep`.
 *
 * Invariants (CPython's own): a task is either scheduled to step or waiting on exactly one future
 * (`_fut_waiter`), never both; it starts in the loop iteration after it is created; a wakeup from
 * the awaited future steps it directly, without another `call_soon`; a cancellation is delivered at
 * the await point where the task is parked, or at its next step; `cancelled()` becomes true only
 * when the coroutine actually exits with CancelledError.
 */
import {
  type BlockReply,
  type Coro,
  IS_FUTURE,
  SLEEP0,
  type ThreadBlock,
  type Yielded,
  coroName,
  isCoroutine,
  isFuture,
  nameCoroutineClass,
} from './coro.js'
import {
  BaseException,
  CancelledError,
  InvalidStateError,
  KeyboardInterrupt,
  RecursionError,
  RuntimeError,
  SystemExit,
  TypeError,
  ValueError,
} from './exceptions.js'
import { Future, _set_result_unless_cancelled } from './futures.js'
import { holdInTraceback } from './finalization.js'
import type { EventLoop } from './loop.js'
import type { TimerHandle } from './events.js'
import { _get_running_loop, get_event_loop, get_running_loop } from './policy.js'
import { repr } from './pyrepr.js'

const SEND = 0
const THROW = 1

export class Task<T = unknown> extends Future<T> {
  _name: string
  readonly _coro: Coro<T>
  _num_cancels_requested = 0
  _must_cancel = false
  _fut_waiter: Future<unknown> | null = null
  /** Whether a still-pending task reports "Task was destroyed but it is pending!" when collected. */
  _log_destroy_pending = true
  /** The request this task's step blocked its thread with, until the world answers it. */
  _thread_block: ThreadBlock | null = null
  /** When it last parked or was scheduled: the order of the object CPython allocates then (finalization.ts). */
  _park_seq = 0
  private _started = false
  /** `Task.__step`, bound once: the handle queued by `call_soon`. */
  readonly _step: (exc?: BaseException) => void
  /** `Task.__wakeup`, bound once: the done-callback added to the awaited future. */
  readonly _wakeup: ((fut: Future<unknown>) => void) & { __qualname__: string }

  constructor(coro: Coro<T>, loop: EventLoop, name?: string) {
    super(loop)
    if (!isCoroutine(coro)) {
      this._log_destroy_pending = false
      throw new TypeError(`a coroutine was expected, got ${repr(coro)}`)
    }
    const world = loop._world
    this._name = name ?? `Task-${world.nextTaskNumber()}`
    this._coro = coro
    // Bound functions, not arrow closures: they need no context object, so a task costs two small
    // objects here (a million sleeping tasks: about 100 MB less). See `stepTarget`.
    this._step = stepTarget.bind(this)
    this._wakeup = wakeupTarget.bind(this) as Task<T>['_wakeup']
    loop._call_soon(this._step, NO_EXCEPTION)
    this._park_seq = loop._finalizer.seq++
    loop._tasks.add(this)
    if (world.recordTaskEvents) world.taskEvent(this._name, 'created', coroName(coro))
  }

  get_name(): string {
    return this._name
  }

  set_name(value: unknown): void {
    this._name = String(value)
  }

  get_coro(): Coro<T> {
    return this._coro
  }

  override set_result(_result: T): void {
    throw new RuntimeError('Task does not support set_result operation')
  }

  override set_exception(_exception: BaseException): void {
    throw new RuntimeError('Task does not support set_exception operation')
  }

  override cancel(msg: unknown = null): boolean {
    this._log_traceback = false
    if (this.done()) return false
    this._num_cancels_requested++
    if (this._fut_waiter !== null && cancelWaiter(this._fut_waiter, msg)) return true
    this._must_cancel = true
    this._cancel_message = msg
    return true
  }

  cancelling(): number {
    return this._num_cancels_requested
  }

  uncancel(): number {
    if (this._num_cancels_requested > 0) this._num_cancels_requested--
    return this._num_cancels_requested
  }

  private __step(exc?: BaseException): void {
    if (this.done()) throw new InvalidStateError(`_step(): already done: ${repr(this)}, ${repr(exc)}`)
    if (this._must_cancel) {
      if (!(exc instanceof CancelledError)) exc = this._make_cancelled_error()
      this._must_cancel = false
    }
    this._fut_waiter = null
    const loop = this._loop
    if (loop._current_task !== null) {
      throw new RuntimeError(
        `Cannot enter into task ${repr(this)} while another task ${repr(loop._current_task)} is being executed.`,
      )
    }
    loop._current_task = this
    loop._world.taskEvent(this._name, this._started ? 'resumed' : 'started')
    this._started = true
    if (exc === undefined) this._advance(SEND, undefined)
    else this._advance(THROW, exc)
  }

  /** Answers the thread block this task's step made, and lets the same step go on. */
  _resume_from_block(reply: BlockReply): void {
    this._thread_block = null
    this._advance(SEND, reply)
  }

  /** The body of `__step` from `coro.send()`/`coro.throw()` on: act on what the coroutine did. */
  private _advance(mode: typeof SEND | typeof THROW, value: unknown): void {
    try {
      this._advance_unguarded(mode, value)
    } catch (error) {
      // `task_step` leaves the task even when the step raises (cancelling the awaited future can:
      // RecursionError), so the loop's next task can enter.
      this._loop._current_task = null
      throw error
    }
  }

  private _advance_unguarded(mode: typeof SEND | typeof THROW, value: unknown): void {
    const loop = this._loop
    let step: IteratorResult<Yielded, T>
    try {
      step = mode === SEND ? this._coro.next(value) : this._coro.throw(value)
    } catch (error) {
      loop._current_task = null
      this._finish_with_error(error)
      return
    }
    if (step.done) {
      loop._current_task = null
      if (this._must_cancel) {
        this._must_cancel = false
        this._finish_cancelled(this._cancel_message)
      } else {
        this._finish('done')
        super.set_result(step.value)
      }
      return
    }
    const yielded = step.value
    if (yielded instanceof Future) {
      if (yielded._loop !== loop) {
        const error = new RuntimeError(`Task ${repr(this)} got Future ${repr(yielded)} attached to a different loop`)
        loop._call_soon(this._step, [error])
      } else if (yielded === this) {
        loop._call_soon(this._step, [new RuntimeError(`Task cannot await on itself: ${repr(this)}`)])
      } else {
        yielded._asyncio_future_blocking = false
        yielded.add_done_callback(this._wakeup)
        this._fut_waiter = yielded
        this._park_seq = loop._finalizer.seq++
        // The label is a repr (`sleep(0.25)` formats a float): build it only when it is recorded.
        if (loop._world.recordTaskEvents) loop._world.taskEvent(this._name, 'suspended', yielded._wait_label())
        if (this._must_cancel && yielded.cancel(this._cancel_message)) this._must_cancel = false
      }
    } else if (yielded === SLEEP0) {
      loop._world.taskEvent(this._name, 'suspended', 'sleep(0)')
      loop._call_soon(this._step, NO_EXCEPTION)
      this._park_seq = loop._finalizer.seq++
    } else if (isThreadBlock(yielded)) {
      // The whole thread blocks inside this step; the task stays current meanwhile.
      this._thread_block = yielded
      loop._paused_task = this
      return
    } else {
      loop._call_soon(this._step, [new RuntimeError(`Task got bad yield: ${repr(yielded)}`)])
    }
    loop._current_task = null
  }

  private _finish_with_error(error: unknown): void {
    if (error instanceof CancelledError) {
      this._cancelled_exc = error
      this._finish_cancelled(null)
    } else if (error instanceof BaseException) {
      this._finish('failed')
      super.set_exception(error)
      if (error instanceof KeyboardInterrupt || error instanceof SystemExit) throw error
    } else {
      // Not a Python exception: a bug in the model. Stop the run rather than teach it.
      this._loop._world.modelError ??= error
      throw error
    }
  }

  private _finish_cancelled(msg: unknown): void {
    this._finish('cancelled')
    Future.prototype.cancel.call(this, msg)
  }

  private _finish(event: 'done' | 'failed' | 'cancelled'): void {
    this._loop._tasks.delete(this)
    this._loop._world.taskEvent(this._name, event)
  }

  private __wakeup(future: Future<unknown>): void {
    try {
      future.result()
    } catch (error) {
      if (!(error instanceof BaseException)) throw error
      this.__step(error)
      return
    }
    this.__step()
  }

  override _wait_label(): string {
    return this._name
  }

  protected override _className(): string {
    return 'Task'
  }

  /** `base_tasks._task_repr_info`. Coroutine locations (`running at f.py:5`) are not known here. */
  override _repr_info(): string[] {
    const info = super._repr_info()
    if (this._num_cancels_requested > 0 && !this.done()) info[0] = 'cancelling'
    info.splice(1, 0, `name=${repr(this._name)}`, `coro=<${coroName(this._coro)}()>`)
    if (this._fut_waiter !== null) info.splice(3, 0, `wait_for=${repr(this._fut_waiter)}`)
    return info
  }
}

const NO_EXCEPTION: readonly unknown[] = Object.freeze([])

/**
 * `self._fut_waiter.cancel(msg)`. Tasks that await each other in a cycle make CPython recurse until
 * it raises RecursionError, the requests counted so far staying counted; JavaScript's own stack
 * overflow stands for it here (deeper than Python's limit, so `cancelling()` counts differ).
 */
function cancelWaiter(waiter: Future<unknown>, msg: unknown): boolean {
  try {
    return waiter.cancel(msg)
  } catch (error) {
    if (error instanceof RangeError && error.message.includes('call stack')) {
      throw new RecursionError('maximum recursion depth exceeded while calling a Python object')
    }
    throw error
  }
}

/**
 * What each task's `_step` and `_wakeup` are bound to. Passed through `anonymous` so they stay
 * nameless (handle reprs show `<lambda>`, as for the closures they replace), and the wakeup target
 * gets a prototype carrying `__qualname__` (`cb=[Task.task_wakeup()]`): a bound function inherits
 * its target's prototype, so no task needs a property of its own for it.
 */
const stepTarget = anonymous(function (this: Task<unknown>, exc?: BaseException): void {
  this['__step'](exc)
})
const wakeupTarget = anonymous(function (this: Task<unknown>, fut: Future<unknown>): void {
  this['__wakeup'](fut)
})
Object.setPrototypeOf(
  wakeupTarget,
  Object.create(Function.prototype, { __qualname__: { value: 'Task.task_wakeup' } }) as object,
)

function anonymous<F>(fn: F): F {
  return fn
}

function isThreadBlock(value: unknown): value is ThreadBlock {
  return typeof value === 'object' && value !== null && 'kind' in value
}

/**
 * The coroutine `asyncio.sleep(delay, result)` returns. It is its own awaited future: on its first
 * step it sets a timer (or, for a delay <= 0, makes the bare `yield` of `__sleep0`), so awaiting a
 * sleep costs one object besides the timer. The timer is created when the coroutine first runs, not
 * when `sleep()` is called, exactly as in CPython (timer order depends on it).
 */
export class Sleep<T> extends Future<T> {
  private _started = false
  /** Returned or raised: awaiting it again raises, as for any exhausted coroutine. */
  private _exhausted = false
  private _handle: TimerHandle | null = null

  constructor(
    readonly _delay: number,
    private readonly _value: T,
  ) {
    // Outside a running loop (`loop.run_until_complete(asyncio.sleep(1))`), CPython's `sleep()` only
    // makes a coroutine object: no `get_event_loop()`, which would fail after `asyncio.run()`.
    super(_get_running_loop())
  }

  override next(): IteratorResult<Yielded, T> {
    if (this._exhausted) throw new RuntimeError('cannot reuse already awaited coroutine')
    if (!this._started) {
      this._started = true
      if (this._delay <= 0) return { done: false, value: SLEEP0 }
      const loop = get_running_loop()
      if (this._loop !== loop) {
        ;(this as { _loop: EventLoop })._loop = loop
        this._holder = loop._current_task
        this._seq = loop._finalizer.seq++
      }
      this._handle = loop._call_at(loop.time() + this._delay, _set_result_unless_cancelled, [this, this._value])
      return super.next()
    }
    if (this._delay <= 0) {
      this._exhausted = true
      return { done: true, value: this._value }
    }
    this._handle?.cancel()
    if (this.done()) this._exhausted = true
    return super.next()
  }

  override throw(error: unknown): IteratorResult<Yielded, T> {
    this._handle?.cancel()
    this._exhausted = true
    throw error
  }

  override _wait_label(): string {
    return `sleep(${repr(this._delay)})`
  }

  /** A coroutine until it runs; then it stands for the future CPython's `sleep` awaits. */
  override __repr__(): string {
    return this._started && this._delay > 0 ? super.__repr__() : '<coroutine object sleep>'
  }
}
Object.defineProperty(Sleep.prototype, IS_FUTURE, { value: false })
nameCoroutineClass(Sleep.prototype, 'sleep')


/** `asyncio.sleep(delay, result=None)`. */
export function sleep<T = null>(delay: number, result: T = null as T): Sleep<T> {
  return new Sleep(delay, result)
}

/** `asyncio.create_task(coro, *, name=None)`. */
export function create_task<T>(coro: Coro<T>, options: { name?: string } = {}): Task<T> {
  const loop = runningLoopHolding(coro)
  if (loop._world.version === '3.13') return loop.create_task(coro, options)
  // 3.11 and 3.12 create the task as `Task-N` and rename it afterwards, spending a number.
  const task = loop.create_task(coro)
  if (options.name !== undefined) task.set_name(options.name)
  return task
}

/** `get_running_loop()`, whose failure's traceback keeps the caller's `coro` argument alive. */
function runningLoopHolding(coro: unknown): EventLoop {
  try {
    return get_running_loop()
  } catch (error) {
    holdInTraceback(error, coro)
    throw error
  }
}

/** `asyncio.ensure_future(coro_or_future, *, loop=None)`: a future as is, a coroutine as a new Task. */
export function ensure_future<T>(value: Future<T>, loop?: EventLoop): Future<T>
export function ensure_future<T>(value: Coro<T>, loop?: EventLoop): Task<T>
export function ensure_future<T>(value: Coro<T> | Future<T>, loop?: EventLoop): Future<T>
export function ensure_future<T>(value: Coro<T> | Future<T>, loop?: EventLoop): Future<T> {
  if (isFuture(value)) {
    if (loop !== undefined && loop !== value._loop) {
      throw new ValueError('The future belongs to a different loop than the one specified as the loop argument')
    }
    return value as Future<T>
  }
  if (!isCoroutine(value)) throw new TypeError('An asyncio.Future, a coroutine or an awaitable is required')
  return (loop ?? get_event_loop()).create_task(value)
}

/** `asyncio.current_task(loop=None)`. */
export function current_task(loop?: EventLoop): Task<unknown> | null {
  return (loop ?? get_running_loop())._current_task
}

/** `asyncio.all_tasks(loop=None)`: unfinished tasks, in creation order (see ASYNCIO-SEMANTICS R12). */
export function all_tasks(loop?: EventLoop): Set<Task<unknown>> {
  return new Set((loop ?? get_running_loop())._tasks)
}

export { _get_running_loop }
