/**
 * `asyncio.TaskGroup` (`taskgroups.py`, 3.11; the few 3.13 differences follow the world's version).
 *
 *     // async with asyncio.TaskGroup() as tg:
 *     //     t1 = tg.create_task(work(1))
 *     //     t2 = tg.create_task(work(2))
 *     yield* async_with(new asyncio.TaskGroup(), function* (tg) {
 *       t1 = tg.create_task(work(1))
 *       t2 = tg.create_task(work(2))
 *     })
 *
 * Invariants (CPython's):
 * - Leaving the block waits for every child (parking on `_on_completed_fut`, which the last child's
 *   done-callback completes), however the block ends.
 * - The first child to fail with an exception other than CancelledError aborts the group: every
 *   unfinished child is cancelled and so is the parent task, once (`_parent_cancel_requested`);
 *   `__aexit__` then calls `uncancel()` and swallows that CancelledError unless someone else also
 *   cancelled the parent.
 * - Errors are collected in the order the children's done-callbacks ran, then the block's own
 *   exception; they are raised together as `ExceptionGroup('unhandled errors in a TaskGroup', ...)`
 *   (`BaseExceptionGroup` if one is not an Exception). SystemExit and KeyboardInterrupt are raised
 *   alone; a CancelledError of the parent propagates only when there are no errors.
 * - Aborting cancels children in creation order. CPython iterates a set (address order, varying
 *   from run to run), so programs whose output depends on that order stay out of the corpus.
 */
import type { AsyncContextManager } from './async-with.js'
import type { Coro } from './coro.js'
import {
  BaseException,
  BaseExceptionGroup,
  CancelledError,
  Exception,
  ExceptionGroup,
  KeyboardInterrupt,
  RuntimeError,
  SystemExit,
} from './exceptions.js'
import type { Future } from './futures.js'
import type { EventLoop } from './loop.js'
import { get_running_loop } from './policy.js'
import { repr } from './pyrepr.js'
import { type Task, current_task } from './tasks.js'

export interface TaskGroupCreateTaskOptions {
  readonly name?: string
}

export class TaskGroup implements AsyncContextManager<TaskGroup> {
  _entered = false
  _exiting = false
  _aborting = false
  _loop: EventLoop | null = null
  _parent_task: Task<unknown> | null = null
  _parent_cancel_requested = false
  readonly _tasks = new Set<Task<unknown>>()
  _errors: BaseException[] | null = []
  _base_error: BaseException | null = null
  _on_completed_fut: Future<unknown> | null = null
  /** The bound method `self._on_task_done`, added to every child. */
  readonly _on_task_done_cb = Object.assign((task: Task<unknown>) => this._on_task_done(task), {
    __qualname__: 'TaskGroup._on_task_done',
  })

  __repr__(): string {
    const info = ['']
    if (this._tasks.size > 0) info.push(`tasks=${this._tasks.size}`)
    if (this._errors !== null && this._errors.length > 0) info.push(`errors=${this._errors.length}`)
    if (this._aborting) info.push('cancelling')
    else if (this._entered) info.push('entered')
    return `<TaskGroup${info.join(' ')}>`
  }

  *__aenter__(): Coro<TaskGroup> {
    if (this._entered) throw new RuntimeError(`TaskGroup ${repr(this)} has already been entered`)
    if (this._loop === null) this._loop = get_running_loop()
    this._parent_task = current_task(this._loop)
    if (this._parent_task === null) throw new RuntimeError(`TaskGroup ${repr(this)} cannot determine the parent task`)
    this._entered = true
    return this
  }

  *__aexit__(exc: BaseException | null): Coro<null> {
    const loop = this._loop!
    const parent = this._parent_task!
    const v313 = loop._world.version === '3.13'
    this._exiting = true

    if (exc !== null && this._is_base_error(exc) && this._base_error === null) this._base_error = exc

    let propagate_cancellation_error: BaseException | null = exc !== null && isCancelledError(exc, v313) ? exc : null
    // If this flag is set we *must* call uncancel(); 3.13 does it after the children are done.
    if (!v313 && this._parent_cancel_requested && parent.uncancel() === 0) {
      // No pending cancellations left: do not propagate CancelledError.
      propagate_cancellation_error = null
    }

    // The parent task is being cancelled, or the block raised: cancel the children.
    if (exc !== null && !this._aborting) this._abort()

    // A loop, because the parent task may be cancelled repeatedly while it waits here.
    while (this._tasks.size > 0) {
      if (this._on_completed_fut === null) this._on_completed_fut = loop.create_future()
      try {
        yield* this._on_completed_fut
      } catch (error) {
        if (!(error instanceof CancelledError)) throw error
        if (!this._aborting) {
          // The parent task is being cancelled while the children are still running.
          propagate_cancellation_error = error
          this._abort()
        }
      }
      this._on_completed_fut = null
    }

    if (v313 && this._parent_cancel_requested && parent.uncancel() === 0) propagate_cancellation_error = null

    if (this._base_error !== null) throw this._base_error

    const errors = this._errors!
    // A CancelledError propagates unless there are other errors: those have priority.
    if (propagate_cancellation_error !== null && errors.length === 0) throw propagate_cancellation_error

    if (exc !== null && !isCancelledError(exc, v313)) errors.push(exc)

    if (errors.length > 0) {
      // A cancellation from outside the group is kept: uncancel and cancel again (3.13).
      if (v313 && parent.cancelling() > 0) {
        parent.uncancel()
        parent.cancel()
      }
      this._errors = null
      throw exceptionGroup('unhandled errors in a TaskGroup', errors)
    }
    return null
  }

  /** `tg.create_task(coro, *, name=None)`. */
  create_task<T>(coro: Coro<T>, options: TaskGroupCreateTaskOptions = {}): Task<T> {
    if (!this._entered) throw new RuntimeError(`TaskGroup ${repr(this)} has not been entered`)
    if (this._exiting && this._tasks.size === 0) throw new RuntimeError(`TaskGroup ${repr(this)} is finished`)
    if (this._aborting) throw new RuntimeError(`TaskGroup ${repr(this)} is shutting down`)
    const loop = this._loop!
    let task: Task<T>
    if (loop._world.version === '3.13') {
      task = loop.create_task(coro, options.name === undefined ? {} : { name: options.name })
    } else {
      // `tasks._set_task_name`: named after creation, so a Task-N number is used up.
      task = loop.create_task(coro)
      if (options.name !== undefined) task.set_name(options.name)
    }
    task.add_done_callback(this._on_task_done_cb as unknown as (fut: Future<T>) => void)
    this._tasks.add(task)
    return task
  }

  /** Since 3.8 tasks propagate every exception except these two, which stay special. */
  _is_base_error(exc: BaseException): boolean {
    return exc instanceof SystemExit || exc instanceof KeyboardInterrupt
  }

  _abort(): void {
    this._aborting = true
    for (const t of this._tasks) {
      if (!t.done()) t.cancel()
    }
  }

  _on_task_done(task: Task<unknown>): void {
    this._tasks.delete(task)

    if (this._on_completed_fut !== null && this._tasks.size === 0) {
      if (!this._on_completed_fut.done()) this._on_completed_fut.set_result(true)
    }

    if (task.cancelled()) return

    const exc = task.exception()
    if (exc === null) return

    this._errors!.push(exc)
    if (this._is_base_error(exc) && this._base_error === null) this._base_error = exc

    const parent = this._parent_task!
    if (parent.done()) {
      this._loop!.call_exception_handler({
        message: `Task ${repr(task)} has errored out but its parent task ${repr(parent)} is already completed`,
        exception: exc,
        task,
      })
      return
    }

    if (!this._aborting && !this._parent_cancel_requested) {
      // Cancel the parent to interrupt whatever the block is awaiting right now; __aexit__ marks
      // it "not cancelled" again with uncancel().
      this._abort()
      this._parent_cancel_requested = true
      parent.cancel()
    }
  }
}

/** 3.11 and 3.12 test `et is CancelledError`; 3.13 `issubclass(et, CancelledError)`. */
function isCancelledError(exc: BaseException, v313: boolean): boolean {
  return v313 ? exc instanceof CancelledError : exc.constructor === CancelledError
}

/** `BaseExceptionGroup(message, excs)`: an ExceptionGroup when every member is an Exception. */
function exceptionGroup(message: string, excs: readonly BaseException[]): BaseExceptionGroup {
  if (excs.every((e) => e instanceof Exception)) return new ExceptionGroup(message, excs)
  return new BaseExceptionGroup(message, excs)
}
