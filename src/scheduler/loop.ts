/**
 * The event loop (`base_events.py: BaseEventLoop`), on the world's virtual clock.
 *
 * Invariants:
 * - Callbacks run only from `_run_once`, the loop's single call site. One iteration: drop cancelled
 *   timers from the heap's head; wait (virtual time) only when nothing is ready and the loop is not
 *   stopping; move every due timer to the ready queue; then run exactly the handles that were ready
 *   at that moment. Anything they queue waits for the next iteration.
 * - Timers are ordered by (when, insertion sequence); waiting jumps the clock to exactly the next
 *   deadline (capped at a day, as CPython caps its select timeout).
 * - Loop methods that can block their thread (`run_forever`, `run_until_complete`) are generators:
 *   the thread's world answers their waits, and a task that blocks its thread (`time.sleep` in a
 *   coroutine) pauses the iteration in the middle, exactly where CPython's thread would sit.
 * - With the world's `recordIterations`, each iteration is recorded (iteration-record.ts) once the
 *   due timers are in the ready queue, before any handle runs; otherwise it costs one flag test.
 */
import { type BlockReply, type Blocking, type Coro, type ThreadBlock, isBlockingCall, isFuture, nameCoroutineClass } from './coro.js'
import { Deque } from './deque.js'
import { type Callback, Handle, NO_ARGS, type Timer, TimerHandle, formatCallback } from './events.js'
import { BaseException, Exception, KeyboardInterrupt, RuntimeError, SystemExit, TypeError, formatExceptionOnly } from './exceptions.js'
import { Future, qualifyMethods } from './futures.js'
import { recordIteration } from './iteration-record.js'
import {
  type FinalizerState,
  afterHandle,
  clearQueues,
  finalizerOf,
  holdInTraceback,
  releaseReference,
} from './finalization.js'
import { _get_running_loop, setLoopFactory } from './policy.js'
import { repr } from './pyrepr.js'
import { Task, ensure_future } from './tasks.js'
import { type ThreadPoolExecutor, type WorkFunction } from './thread-pool.js'
import { Thread } from './threads.js'
import { TimerHeap } from './timer-heap.js'
import { run_in_executor } from './to-thread.js'
import { type SimThread, type World, world } from './world.js'

/** CPython's `MAXIMUM_SELECT_TIMEOUT`: a loop never waits more than a day at once. */
const MAXIMUM_SELECT_TIMEOUT = 24 * 3600
/** CPython's `time.get_clock_info('monotonic').resolution` on Linux. */
const CLOCK_RESOLUTION = 1e-9

/** What `call_exception_handler` receives, as in CPython. */
export interface ExceptionContext {
  readonly message: string
  readonly exception?: BaseException
  readonly future?: Future<unknown>
  readonly task?: Task<unknown>
  readonly handle?: Handle
}

export type ExceptionHandler = (loop: EventLoop, context: ExceptionContext) => void

export class EventLoop {
  readonly _world: World
  readonly _ready = new Deque<Handle>()
  readonly _scheduled = new TimerHeap<Timer>()
  _timer_cancelled_count = 0
  _stopping = false
  _closed = false
  /** The thread running this loop, while it runs. */
  _thread: SimThread | null = null
  /** `tasks._current_tasks[loop]`. */
  _current_task: Task<unknown> | null = null
  /** Unfinished tasks in creation order (`all_tasks()`; CPython's is a weak set, unordered). */
  readonly _tasks = new Set<Task<unknown>>()
  /** A task whose step blocked the thread; `_run_once` hands its request to the world. */
  _paused_task: Task<unknown> | null = null
  private _exception_handler: ExceptionHandler | null = null
  private _debug = false
  /** The run's finalization state (finalization.ts), and this loop's place in allocation order. */
  readonly _finalizer: FinalizerState
  readonly _seq: number
  /** Released futures with an unretrieved exception that a queued handle still holds (finalization.ts). */
  _gc_watched: Future<unknown>[] | null = null
  /** The executor `run_in_executor(None, ...)` uses, made on first use. */
  _default_executor: ThreadPoolExecutor | null = null
  _executor_shutdown_called = false

  constructor() {
    this._world = world()
    this._finalizer = finalizerOf(this._world)
    this._seq = this._finalizer.seq++
    this._world.loops.push(this)
  }

  time(): number {
    return this._world.now
  }

  // --- scheduling callbacks ---------------------------------------------------------------------

  call_soon(callback: Callback, ...args: unknown[]): Handle {
    this._check_closed()
    // CPython checks the callback only in debug mode: `call_soon(coro_fn)` is accepted, and fails
    // (or leaves a never-awaited coroutine) only when it runs.
    if (this._debug) checkCallback(callback, 'call_soon')
    return this._call_soon(callback, args.length === 0 ? NO_ARGS : args)
  }

  /** `call_soon` without the checks, for the scheduler's own callbacks. */
  _call_soon(callback: Callback, args: readonly unknown[]): Handle {
    const handle = new Handle(callback, args, this)
    this._ready.push(handle)
    return handle
  }

  /**
   * `call_soon_threadsafe`: `_call_soon` plus `_write_to_self`, which wakes the loop's thread if it
   * waits in its selector (an idle loop). A loop busy elsewhere finds the handle when it next looks.
   */
  call_soon_threadsafe(callback: Callback, ...args: unknown[]): Handle {
    this._check_closed()
    if (this._debug) checkCallback(callback, 'call_soon_threadsafe')
    const handle = this._call_soon(callback, args.length === 0 ? NO_ARGS : args)
    this._world.notify(this)
    return handle
  }

  call_later(delay: number, callback: Callback, ...args: unknown[]): TimerHandle {
    return this.call_at(this.time() + delay, callback, ...args)
  }

  call_at(when: number, callback: Callback, ...args: unknown[]): TimerHandle {
    this._check_closed()
    if (this._debug) checkCallback(callback, 'call_at')
    return this._call_at(when, callback, args.length === 0 ? NO_ARGS : args)
  }

  _call_at(when: number, callback: Callback, args: readonly unknown[]): TimerHandle {
    const timer = new TimerHandle(when, callback, args, this)
    this._scheduled.push(when, this._world.nextTimerSeq(), timer)
    timer._scheduled = true
    return timer
  }

  _timer_handle_cancelled(handle: Timer): void {
    if (handle._scheduled) this._timer_cancelled_count++
  }

  // --- futures and tasks ------------------------------------------------------------------------

  create_future<T = unknown>(): Future<T> {
    return new Future<T>(this)
  }

  create_task<T>(coro: Coro<T>, options: { name?: string } = {}): Task<T> {
    checkHolding(coro, () => this._check_closed())
    return new Task(coro, this, options.name)
  }

  // --- running ----------------------------------------------------------------------------------

  is_running(): boolean {
    return this._thread !== null
  }

  is_closed(): boolean {
    return this._closed
  }

  get_debug(): boolean {
    return this._debug
  }

  set_debug(enabled: boolean): void {
    this._debug = enabled
  }

  stop(): void {
    this._stopping = true
  }

  *run_forever(): Blocking<void> {
    this._check_closed()
    this._check_running()
    const thread = this._world.currentThread
    this._thread = thread
    thread.runningLoop = this
    try {
      for (;;) {
        yield* this._run_once()
        if (this._stopping) break
      }
    } finally {
      this._stopping = false
      this._thread = null
      thread.runningLoop = null
    }
  }

  *run_until_complete<T>(future: Coro<T> | Future<T>): Blocking<T> {
    checkHolding(isFuture(future) ? null : future, () => {
      this._check_closed()
      this._check_running()
    })
    const newTask = !isFuture(future)
    const fut = ensure_future(future, this)
    if (newTask) (fut as Task<T>)._log_destroy_pending = false
    fut.add_done_callback(_run_until_complete_cb)
    try {
      yield* this.run_forever()
    } catch (error) {
      if (newTask && fut.done() && !fut.cancelled()) fut.exception()
      throw error
    } finally {
      fut.remove_done_callback(_run_until_complete_cb)
      // The task made here is only this frame's local `future`.
      if (newTask) releaseReference(fut)
    }
    if (!fut.done()) throw new RuntimeError('Event loop stopped before Future completed.')
    return fut.result()
  }

  close(): void {
    if (this.is_running()) throw new RuntimeError('Cannot close a running event loop')
    if (this._closed) return
    this._closed = true
    clearQueues(this)
    this._executor_shutdown_called = true
    const executor = this._default_executor
    if (executor !== null) {
      this._default_executor = null
      // `executor.shutdown(wait=False)`.
      executor._begin_shutdown(false)
    }
  }

  /**
   * `run_in_executor(executor, func, *args)`: a generator, since the executor may start a worker
   * thread, which blocks this thread until the worker blocks (to-thread.ts).
   */
  *run_in_executor<T>(executor: ThreadPoolExecutor | null, func: WorkFunction, ...args: unknown[]): Blocking<Future<T>> {
    return yield* run_in_executor<T>(this, executor, func, args)
  }

  /** `loop.shutdown_asyncgens()`: this emulation has no async generators to finalize. */
  *shutdown_asyncgens(): Coro<void> {
    // CPython returns at once when no async generator was ever started.
  }

  /**
   * `loop.shutdown_default_executor()`: returns at once while no executor was created; otherwise
   * a thread `Thread-N (_do_shutdown)` joins the workers while the loop keeps running.
   */
  *shutdown_default_executor(): Coro<void> {
    this._executor_shutdown_called = true
    if (this._default_executor === null) return
    const future = this.create_future<null>()
    const target = Object.defineProperty((fut: Future<null>) => this._do_shutdown(fut), 'name', { value: '_do_shutdown' })
    const thread = new Thread({ target, args: [future] })
    yield* thread.start()
    try {
      yield* future
    } finally {
      yield* thread.join()
    }
  }

  private *_do_shutdown(future: Future<null>): Blocking<void> {
    try {
      yield* this._default_executor!.shutdown(true)
      if (!this.is_closed()) this.call_soon_threadsafe(futureMethod(future, 'set_result'), null)
    } catch (error) {
      if (!(error instanceof Exception)) throw error
      if (!this.is_closed()) this.call_soon_threadsafe(futureMethod(future, 'set_exception'), error)
    }
  }

  /** One loop iteration: `BaseEventLoop._run_once`. */
  private *_run_once(): Blocking<void> {
    const w = this._world
    // Out of budget: the world ends the run here, without unwinding anything (no finally runs).
    if (w.countIteration()) yield { kind: 'budget-exhausted' }
    if (w.modelError !== undefined) yield { kind: 'model-error' }
    const scheduled = this._scheduled
    while (scheduled.length > 0 && scheduled.peek()._cancelled) {
      this._timer_cancelled_count--
      scheduled.pop()._scheduled = false
    }

    if (this._ready.length === 0 && !this._stopping) {
      if (scheduled.length === 0) {
        yield { kind: 'idle', until: null }
      } else {
        const when = scheduled.peekWhen()
        const wait = when - w.now
        if (wait > 0) {
          const until = wait <= MAXIMUM_SELECT_TIMEOUT ? when : w.now + MAXIMUM_SELECT_TIMEOUT
          // Most iterations wait for a timer. With one thread the world's answer is known (move the
          // clock), so it is given here rather than through the thread's whole generator stack.
          if (w.soleThread()) w.advanceTo(until)
          else yield { kind: 'idle', until }
        }
      }
    }

    const endTime = w.now + CLOCK_RESOLUTION
    while (scheduled.length > 0 && scheduled.peekWhen() < endTime) {
      const when = scheduled.peekWhen()
      const timer = scheduled.pop()
      timer._scheduled = false
      this._ready.push(timer._due(when))
    }
    if (w.recordIterations) recordIteration(this)

    const ntodo = this._ready.length
    try {
      for (let i = 0; i < ntodo; i++) {
        const handle = this._ready.shift()
        if (handle._cancelled) continue
        const blockingCallback = this._run_handle(handle)
        if (blockingCallback !== undefined) yield* this._drive_blocking_callback(handle, blockingCallback)
        // A task blocked its thread mid-step: the thread waits, then the same step goes on.
        for (let paused = this._paused_task; paused !== null; paused = this._paused_task) {
          this._paused_task = null
          const reply = (yield paused._thread_block!) as BlockReply
          // The rest of the same handle's run: what escapes it is reported as from its start.
          this._run_handle(handle, () => paused._resume_from_block(reply))
        }
        // CPython drops the handle when it pops the next one: what only it held is freed now.
        if (this._gc_watched !== null) afterHandle(this)
      }
    } catch (error) {
      // Not a Python exception: a bug in the model. The world stops the run at the next iteration.
      if (!(error instanceof BaseException)) w.modelError ??= error
      throw error
    }
  }

  /** `Handle._run`: an exception escaping a callback is reported, and the loop goes on. */
  private _run_handle(handle: Handle, resume?: () => void): Blocking<unknown> | undefined {
    try {
      if (resume === undefined) {
        const result = handle._invoke()
        return isBlockingCall(result) ? result : undefined
      }
      resume()
    } catch (error) {
      if (!(error instanceof BaseException) || error instanceof SystemExit || error instanceof KeyboardInterrupt) throw error
      this.call_exception_handler({
        message: `Exception in callback ${formatCallback(handle._callback, handle._args)}`,
        exception: error,
        handle,
      })
    }
    return undefined
  }

  /**
   * A plain callback that blocks its thread (a `function*` doing `yield* time.sleep(1)`, as thread
   * targets are written) runs to its end right here, blocking the loop as CPython's would.
   */
  private *_drive_blocking_callback(handle: Handle, call: Blocking<unknown>): Blocking<void> {
    let reply: unknown = undefined
    for (;;) {
      let step: IteratorResult<ThreadBlock, unknown> | undefined
      this._run_handle(handle, () => {
        step = call.next(reply)
      })
      // Done, or raised (and reported by `_run_handle`, as an exception from the callback).
      if (step === undefined || step.done === true) return
      reply = yield step.value
    }
  }


  // --- errors -----------------------------------------------------------------------------------

  set_exception_handler(handler: ExceptionHandler | null): void {
    this._exception_handler = handler
  }

  get_exception_handler(): ExceptionHandler | null {
    return this._exception_handler
  }

  /** Records the report in the trace (as CPython's logger would print it), then calls the handler. */
  call_exception_handler(context: ExceptionContext): void {
    const task = context.task ?? (context.future instanceof Task ? context.future : undefined)
    this._world.log(
      context.message,
      task?.get_name(),
      context.exception === undefined ? undefined : formatExceptionOnly(context.exception),
    )
    this._exception_handler?.(this, context)
  }

  /**
   * CPython's default handler logs the report to stderr; the trace already holds it (recorded by
   * `call_exception_handler`, where the CPython harness records it too), so there is nothing to add.
   */
  default_exception_handler(_context: ExceptionContext): void {}

  _check_closed(): void {
    if (this._closed) throw new RuntimeError('Event loop is closed')
  }

  private _check_running(): void {
    if (this.is_running()) throw new RuntimeError('This event loop is already running')
    if (_get_running_loop() !== null) throw new RuntimeError('Cannot run the event loop while another loop is running')
  }

  __repr__(): string {
    return `<_UnixSelectorEventLoop running=${this.is_running() ? 'True' : 'False'} closed=${this._closed ? 'True' : 'False'} debug=False>`
  }
}

setLoopFactory(() => new EventLoop())
// `loop.call_later(1, loop.stop)` shows as CPython's `BaseEventLoop.stop`.
qualifyMethods(EventLoop.prototype, 'BaseEventLoop', ['stop'])
// CPython's task events and reprs name these coroutines by their qualified names.
nameCoroutineClass(EventLoop.prototype.shutdown_asyncgens.prototype, 'BaseEventLoop.shutdown_asyncgens')
nameCoroutineClass(EventLoop.prototype.shutdown_default_executor.prototype, 'BaseEventLoop.shutdown_default_executor')

/** Runs a check whose failure's traceback keeps the caller's coroutine argument alive (finalization.ts). */
function checkHolding(coro: unknown, check: () => void): void {
  try {
    check()
  } catch (error) {
    if (coro !== null) holdInTraceback(error, coro)
    throw error
  }
}

/** A bound method of a future, named as CPython's handle reprs name it (`Future.set_result`). */
function futureMethod(future: Future<null>, name: 'set_result' | 'set_exception'): Callback {
  const method = (value: unknown): void => (name === 'set_result' ? future.set_result(null) : future.set_exception(value as BaseException))
  return Object.assign(method, { __qualname__: `Future.${name}` })
}

/** `base_events._run_until_complete_cb`. */
function _run_until_complete_cb(fut: Future<unknown>): void {
  if (!fut.cancelled()) {
    const exc = fut.exception()
    if (exc instanceof SystemExit || exc instanceof KeyboardInterrupt) return
  }
  fut.get_loop().stop()
}

/** `BaseEventLoop._check_callback`. */
function checkCallback(callback: unknown, method: string): void {
  if (typeof callback !== 'function') {
    throw new TypeError(`a callable object was expected by ${method}(), got ${repr(callback)}`)
  }
  if (callback.constructor.name === 'GeneratorFunction') {
    throw new TypeError(`coroutines cannot be used with ${method}()`)
  }
}

