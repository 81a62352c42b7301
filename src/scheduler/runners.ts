/**
 * `asyncio.run` and `asyncio.Runner` (`runners.py`, 3.11).
 *
 * `main` becomes a task on a new loop, which is also set as the thread's current loop. Closing
 * cancels every task still pending and lets them finish cancelling (their `finally` blocks print
 * before any traceback), then runs `shutdown_asyncgens()` and `shutdown_default_executor()`, each
 * as a task of its own (they use up Task-N numbers), then closes the loop.
 */
import type { Blocking, Coro } from './coro.js'
import { isCoroutine } from './coro.js'
import { RuntimeError, ValueError } from './exceptions.js'
import { gather } from './gather.js'
import { holdInTraceback } from './finalization.js'
import type { EventLoop } from './loop.js'
import { _get_running_loop, new_event_loop, set_event_loop } from './policy.js'
import { repr } from './pyrepr.js'
import { all_tasks } from './tasks.js'

export class Runner {
  private _loop: EventLoop | null = null
  private _state: 'CREATED' | 'INITIALIZED' | 'CLOSED' = 'CREATED'

  get_loop(): EventLoop {
    return this._lazy_init()
  }

  /** `with Runner() as runner:` creates the loop on entry, before anything is run. */
  __enter__(): this {
    this._lazy_init()
    return this
  }

  *run<T>(coro: Coro<T>): Blocking<T> {
    if (!isCoroutine(coro)) throw new ValueError(`a coroutine was expected, got ${repr(coro)}`)
    if (_get_running_loop() !== null) throw new RuntimeError('Runner.run() cannot be called from a running event loop')
    const loop = this._lazy_init()
    const task = loop.create_task(coro)
    return yield* loop.run_until_complete<T>(task)
  }

  *close(): Blocking<void> {
    if (this._state !== 'INITIALIZED') return
    const loop = this._loop!
    try {
      yield* cancelAllTasks(loop)
      yield* loop.run_until_complete(loop.shutdown_asyncgens())
      yield* loop.run_until_complete(loop.shutdown_default_executor())
    } finally {
      set_event_loop(null)
      loop.close()
      this._loop = null
      this._state = 'CLOSED'
    }
  }

  private _lazy_init(): EventLoop {
    if (this._state === 'CLOSED') throw new RuntimeError('Runner is closed')
    if (this._state === 'INITIALIZED') return this._loop!
    const loop = new_event_loop()
    set_event_loop(loop)
    this._loop = loop
    this._state = 'INITIALIZED'
    return loop
  }
}

/** `runners._cancel_all_tasks`. */
function* cancelAllTasks(loop: EventLoop): Blocking<void> {
  const toCancel = [...all_tasks(loop)]
  if (toCancel.length === 0) return
  for (const task of toCancel) task.cancel()
  yield* loop.run_until_complete(gather(...toCancel, { return_exceptions: true }))
  for (const task of toCancel) {
    if (task.cancelled()) continue
    const exception = task.exception()
    if (exception !== null) {
      loop.call_exception_handler({ message: 'unhandled exception during asyncio.run() shutdown', exception, task })
    }
  }
}

/** `asyncio.run(main)`. */
export function* run<T>(main: Coro<T>): Blocking<T> {
  if (_get_running_loop() !== null) {
    const error = new RuntimeError('asyncio.run() cannot be called from a running event loop')
    holdInTraceback(error, main) // run()'s frame, in the traceback, keeps `main` alive
    throw error
  }
  // `with Runner() as runner:` makes the loop first, so even a refused `main` costs the shutdown's
  // two Task-N numbers when the runner closes.
  const runner = new Runner().__enter__()
  try {
    return yield* runner.run(main)
  } finally {
    yield* runner.close()
  }
}
