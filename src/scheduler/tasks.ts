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
  claimCoroutine,
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
import { FUTURE_FREE_BIT, Future, _set_result_unless_cancelled, qualifyMethods } from './futures.js'
import { holdInTraceback } from './finalization.js'
import type { EventLoop } from './loop.js'
import { type Callback, Handle, type Timer, TimerHandle } from './events.js'
import { _get_running_loop, get_event_loop, get_running_loop } from './policy.js'
import { repr } from './pyrepr.js'

const SEND = 0
const THROW = 1

/**
 * Task's booleans and its cancel count share the future's `_flags` (futures.ts: 8 bytes per field
 * per task); the attributes are accessors. The count takes the bits from CANCELS_ONE up.
 */
const MUST_CANCEL = FUTURE_FREE_BIT
const LOG_DESTROY_PENDING = FUTURE_FREE_BIT << 1
const TASK_STARTED = FUTURE_FREE_BIT << 2
const CANCELS_ONE = FUTURE_FREE_BIT << 3

export class Task<T = unknown> extends Future<T> {
  /**
   * The name, or the number N of the default name `Task-N`: formatting a million names nobody asks
   * for costs a string per task (about 40 bytes each, and their allocation). `get_name()` formats it.
   */
  _name: string | number
  readonly _coro: Coro<T>
  _fut_waiter: Future<unknown> | null = null
  /** The request this task's step blocked its thread with, until the world answers it. */
  _thread_block: ThreadBlock | null = null
  /** When it last parked or was scheduled: the order of the object CPython allocates then (finalization.ts). */
  _park_seq = 0

  constructor(coro: Coro<T>, loop: EventLoop, name?: string) {
    super(loop)
    this._flags |= LOG_DESTROY_PENDING
    if (!isCoroutine(coro)) {
      this._log_destroy_pending = false
      throw new TypeError(`a coroutine was expected, got ${repr(coro)}`)
    }
    const world = loop._world
    this._name = name ?? world.nextTaskNumber()
    this._coro = coro
    this._schedule_step(NO_EXCEPTION)
    this._park_seq = loop._finalizer.seq++
    loop._tasks.add(this)
    if (world.recordTaskEvents) world.taskEvent(this.get_name(), 'created', coroName(coro))
  }

  get _num_cancels_requested(): number {
    return Math.floor(this._flags / CANCELS_ONE)
  }

  set _num_cancels_requested(value: number) {
    this._flags = (this._flags & (CANCELS_ONE - 1)) + value * CANCELS_ONE
  }

  get _must_cancel(): boolean {
    return (this._flags & MUST_CANCEL) !== 0
  }

  set _must_cancel(value: boolean) {
    this._flags = value ? this._flags | MUST_CANCEL : this._flags & ~MUST_CANCEL
  }

  /** Whether a still-pending task reports "Task was destroyed but it is pending!" when collected. */
  get _log_destroy_pending(): boolean {
    return (this._flags & LOG_DESTROY_PENDING) !== 0
  }

  set _log_destroy_pending(value: boolean) {
    this._flags = value ? this._flags | LOG_DESTROY_PENDING : this._flags & ~LOG_DESTROY_PENDING
  }

  /** Whether its coroutine has had a step (finalization.ts reads it too). */
  private get _started(): boolean {
    return (this._flags & TASK_STARTED) !== 0
  }

  get_name(): string {
    const name = this._name
    return typeof name === 'number' ? `Task-${name}` : name
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
    if (loop._world.recordTaskEvents) loop._world.taskEvent(this.get_name(), this._started ? 'resumed' : 'started')
    if (!(this._flags & TASK_STARTED)) {
      this._flags |= TASK_STARTED
      // The first `coro.send()` raises for a coroutine an `await` or another task already ran.
      const refused = claimCoroutine(this._coro, this)
      if (refused !== null) {
        loop._current_task = null
        return this._finish_with_error(refused)
      }
    }
    if (exc === undefined) this._advance(SEND, undefined)
    else this._advance(THROW, exc)
  }

  /**
   * `Task.__wakeup` as a function, made (once) only when something asks for it: the futures a task
   * parks on hold the task itself (futures.ts, TaskWakeup), and wake it with a TaskWakeupHandle.
   */
  get _wakeup(): ((fut: Future<unknown>) => void) & { __qualname__: string } {
    let fn = wakeupFunctions.get(this)
    if (fn === undefined) {
      fn = wakeupTarget.bind(this) as typeof fn & object
      wakeupFunctions.set(this, fn)
    }
    return fn
  }

  _is_wakeup(fn: unknown): boolean {
    return fn !== undefined && wakeupFunctions.get(this) === fn
  }

  _wakeup_handle(fut: Future<unknown>): Handle {
    return new TaskWakeupHandle(this, fut)
  }

  /**
   * `call_soon(self.__step, ...)`, as a TaskStepHandle: the step needs no function of its own per
   * task (a bound function is 48 bytes, and every task would keep one all its life). Queued as
   * `EventLoop._call_soon` queues a handle.
   */
  private _schedule_step(args: readonly unknown[]): void {
    this._loop._ready.push(new TaskStepHandle(this, args))
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
        this._schedule_step([error])
      } else if (yielded === this) {
        this._schedule_step([new RuntimeError(`Task cannot await on itself: ${repr(this)}`)])
      } else {
        yielded._asyncio_future_blocking = false
        yielded._add_wakeup(this)
        this._fut_waiter = yielded
        this._park_seq = loop._finalizer.seq++
        // The label is a repr (`sleep(0.25)` formats a float): build it only when it is recorded.
        if (loop._world.recordTaskEvents) loop._world.taskEvent(this.get_name(), 'suspended', yielded._wait_label())
        if (this._must_cancel && yielded.cancel(this._cancel_message)) this._must_cancel = false
      }
    } else if (yielded === SLEEP0) {
      if (loop._world.recordTaskEvents) loop._world.taskEvent(this.get_name(), 'suspended', 'sleep(0)')
      this._schedule_step(NO_EXCEPTION)
      this._park_seq = loop._finalizer.seq++
    } else if (isThreadBlock(yielded)) {
      // The whole thread blocks inside this step; the task stays current meanwhile.
      this._thread_block = yielded
      loop._paused_task = this
      return
    } else {
      this._schedule_step([new RuntimeError(`Task got bad yield: ${repr(yielded)}`)])
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
      // Not a Python exception: a bug in the model. `_run_once` records it and the run stops.
      throw error
    }
  }

  private _finish_cancelled(msg: unknown): void {
    this._finish('cancelled')
    Future.prototype.cancel.call(this, msg)
  }

  private _finish(event: 'done' | 'failed' | 'cancelled'): void {
    this._loop._tasks.delete(this)
    const world = this._loop._world
    if (world.recordTaskEvents) world.taskEvent(this.get_name(), event)
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
    return this.get_name()
  }

  protected override _className(): string {
    return 'Task'
  }

  /** `base_tasks._task_repr_info`. Coroutine locations (`running at f.py:5`) are not known here. */
  override _repr_info(): string[] {
    const info = super._repr_info()
    if (this._num_cancels_requested > 0 && !this.done()) info[0] = 'cancelling'
    info.splice(1, 0, `name=${repr(this.get_name())}`, `coro=<${coroName(this._coro)}()>`)
    if (this._fut_waiter !== null) info.splice(3, 0, `wait_for=${repr(this._fut_waiter)}`)
    return info
  }
}

qualifyMethods(Task.prototype, 'Task', ['cancel', 'set_result', 'set_exception'])

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
 * The callback every task's step handle shows: nameless, so handle reprs and "Exception in callback"
 * reports say `<lambda>()` as they did for per-task closures. The handle itself knows its task.
 */
const stepCallback = anonymous(function (exc?: BaseException): void {
  void exc
  throw new RuntimeError('a task step runs only through its TaskStepHandle')
})

/**
 * The handle `call_soon(task.__step)` queues. The task rides in the handle (which lives only until
 * it runs) rather than in a bound function the task keeps for its whole life.
 */
export class TaskStepHandle extends Handle {
  constructor(
    /** The task this handle steps (finalization.ts finds a queued task by it). */
    readonly _steps: Task<unknown>,
    args: readonly unknown[],
  ) {
    super(stepCallback, args, _steps._loop)
  }

  override _invoke(): void {
    this._steps['__step'](this._args[0] as BaseException | undefined)
  }

  /** CPython's handle is a plain Handle. */
  override __repr__(): string {
    return `<Handle${this.describe()}>`
  }
}

/**
 * The handle a future's `_schedule_callbacks` queues for a task's wakeup entry: CPython's
 * `<Handle Task.task_wakeup(<Future ...>)>`, the task riding in the handle.
 */
export class TaskWakeupHandle extends Handle {
  constructor(
    /** The task this handle wakes (finalization.ts finds a queued task by it). */
    readonly _wakes: Task<unknown>,
    fut: Future<unknown>,
  ) {
    super(wakeupCallback, [fut], fut._loop)
  }

  override _invoke(): void {
    this._wakes['__wakeup'](this._first as Future<unknown>)
  }

  override __repr__(): string {
    return `<Handle${this.describe()}>`
  }
}

/** The `_wakeup` functions made so far (rarely any: reprs and introspection ask for them). */
const wakeupFunctions = new WeakMap<Task<unknown>, ((fut: Future<unknown>) => void) & { __qualname__: string }>()

/**
 * What each task's `_wakeup` is bound to. Passed through `anonymous` so it stays nameless, and
 * given a prototype carrying `__qualname__` (`cb=[Task.task_wakeup()]`): a bound function inherits
 * its target's prototype, so no task needs a property of its own for it.
 */
const wakeupTarget = anonymous(function (this: Task<unknown>, fut: Future<unknown>): void {
  this['__wakeup'](fut)
})
Object.setPrototypeOf(
  wakeupTarget,
  Object.create(Function.prototype, { __qualname__: { value: 'Task.task_wakeup' } }) as object,
)

/** The callback every wakeup handle shows (`Task.task_wakeup`); the handle itself knows its task. */
const wakeupCallback = Object.defineProperty(
  anonymous(function (fut: Future<unknown>): void {
    void fut
    throw new RuntimeError('a task wakeup runs only through its TaskWakeupHandle')
  }),
  '__qualname__',
  { value: 'Task.task_wakeup' },
)

function anonymous<F>(fn: F): F {
  return fn
}

function isThreadBlock(value: unknown): value is ThreadBlock {
  return typeof value === 'object' && value !== null && 'kind' in value
}

/** Sleep's booleans, in the future's `_flags` (futures.ts) rather than four fields of 8 bytes each. */
const STARTED = FUTURE_FREE_BIT
/** Returned or raised: awaiting it again raises, as for any exhausted coroutine. */
const EXHAUSTED = FUTURE_FREE_BIT << 1
/** In the loop's timer heap (the Timer `_scheduled`). */
const SCHEDULED = FUTURE_FREE_BIT << 2
/** Its timer was cancelled (the Timer `_cancelled`). */
const TIMER_CANCELLED = FUTURE_FREE_BIT << 3

/**
 * The coroutine `asyncio.sleep(delay, result)` returns. It is its own awaited future: on its first
 * step it sets a timer (or, for a delay <= 0, makes the bare `yield` of `__sleep0`). The timer is
 * created when the coroutine first runs, not when `sleep()` is called, exactly as in CPython (timer
 * order depends on it).
 *
 * It is also its own timer while it waits: the loop's heap holds the Sleep itself (a Timer), so a
 * sleeping task costs no TimerHandle and no boxed deadline (about 100 bytes each; the heap keeps
 * the deadline in its key array). Only when it is due does it make the TimerHandle CPython's loop
 * runs (`_due`), a short-lived object, so the ready queue shows and runs exactly what CPython's
 * does. Cancelling keeps CPython's bookkeeping: a timer cancelled while in the heap counts in
 * `_timer_cancelled_count` until the loop drops it.
 */
export class Sleep<T> extends Future<T> implements Timer {
  /** The TimerHandle made when the timer came due (see `_due`), which `h.cancel()` cancels from then on. */
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
    const flags = this._flags
    if (flags & EXHAUSTED) throw new RuntimeError('cannot reuse already awaited coroutine')
    if (!(flags & STARTED)) {
      this._flags = flags | STARTED
      if (this._delay <= 0) return { done: false, value: SLEEP0 }
      const loop = get_running_loop()
      if (this._loop !== loop) {
        ;(this as { _loop: EventLoop })._loop = loop
        this._holder = loop._current_task
        this._seq = loop._finalizer.seq++
      }
      // `loop.call_at(loop.time() + delay, _set_result_unless_cancelled, fut, result)`, this Sleep
      // standing as the TimerHandle (`EventLoop._call_at`).
      loop._scheduled.push(loop.time() + this._delay, loop._world.nextTimerSeq(), this)
      this._flags |= SCHEDULED
      return super.next()
    }
    if (this._delay <= 0) {
      this._flags = flags | EXHAUSTED
      return { done: true, value: this._value }
    }
    this._cancel_timer()
    if (this.done()) this._flags |= EXHAUSTED
    return super.next()
  }

  override throw(error: unknown): IteratorResult<Yielded, T> {
    this._cancel_timer()
    this._flags |= EXHAUSTED
    throw error
  }

  /** `h.cancel()` in CPython's `sleep`: `TimerHandle.cancel` on whichever object stands as the timer. */
  private _cancel_timer(): void {
    if (this._handle !== null) {
      this._handle.cancel()
    } else if ((this._flags & (STARTED | TIMER_CANCELLED)) === STARTED && this._delay > 0) {
      this._loop._timer_handle_cancelled(this)
      this._flags |= TIMER_CANCELLED
    }
  }

  /** Whether the coroutine ran (finalization.ts: a sleep that never ran warns "never awaited"). */
  get _started(): boolean {
    return (this._flags & STARTED) !== 0
  }

  // --- the Timer the loop's heap holds --------------------------------------------------------

  get _cancelled(): boolean {
    return (this._flags & TIMER_CANCELLED) !== 0
  }

  get _scheduled(): boolean {
    return (this._flags & SCHEDULED) !== 0
  }

  set _scheduled(value: boolean) {
    this._flags = value ? this._flags | SCHEDULED : this._flags & ~SCHEDULED
  }

  get _callback(): Callback {
    return _set_result_unless_cancelled
  }

  get _args(): readonly unknown[] {
    return [this, this._value]
  }

  /** The handle CPython's loop moves to its ready queue: the sleep's TimerHandle, made only now. */
  _due(when: number): TimerHandle {
    const handle = new TimerHandle(when, _set_result_unless_cancelled, [this, this._value], this._loop)
    // A timer cancelled in the heap goes to the ready queue all the same, and is skipped there.
    if (this._flags & TIMER_CANCELLED) handle._cancelled = true
    this._handle = handle
    return handle
  }

  override _wait_label(): string {
    return `sleep(${repr(this._delay)})`
  }

  /** A coroutine until it runs; then it stands for the future CPython's `sleep` awaits. */
  override __repr__(): string {
    return this._flags & STARTED && this._delay > 0 ? super.__repr__() : '<coroutine object sleep>'
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
