/**
 * `concurrent.futures.ThreadPoolExecutor`, written from CPython 3.11's `concurrent/futures/thread.py`:
 * worker threads are simulated threads (threads.ts) that take work items from a shared queue.
 *
 * Invariants:
 * - `submit` queues the work item, then `_adjust_thread_count`: an idle worker (the idle semaphore's
 *   count, raised once per finished item) takes it; otherwise, below `max_workers`, a new worker
 *   `NAME_i` is started, and `start` blocks the submitter until that worker first blocks. The new
 *   worker finds the item already queued, so the item runs before the submitter goes on.
 * - `max_workers` defaults to `min(32, os.cpu_count() + 4)`. The machine's CPU count would make
 *   traces differ between machines, so both engines pin it: `CPU_COUNT` here, and the CPython
 *   harness patches `os.cpu_count` to return the same number (threads.py).
 * - The work queue is a `queue.Queue` (the harness gives CPython's executor one instead of a
 *   `SimpleQueue`): `put` wakes the longest-waiting worker (`Condition.notify()`), and a woken
 *   worker that finds the queue empty waits again.
 * - A work item's `fn` is a plain function or, when it blocks (`time.sleep`), a generator function
 *   (`function*`), which the worker drives; its return value or Python exception completes the
 *   concurrent Future in the worker's thread.
 * - `shutdown(wait=True)` joins every worker, which exit on the `None` each one passes on. At the
 *   process's exit, `_python_exit` (a threading atexit callback) tells every pool's workers to exit,
 *   so a pool nobody shut down still lets the process end once its running jobs finish.
 * - An executor is never collected while the program runs (CPython's weakref callback, which wakes
 *   the workers of a dropped executor, is not modelled).
 */
import { type Blocking, isGeneratorObject } from './coro.js'
import { BaseException, RuntimeError, ValueError } from './exceptions.js'
import { Future } from './concurrent-futures.js'
import { Thread } from './threads.js'
import { type World, world } from './world.js'

/** `os.cpu_count()` in both engines (the harness patches CPython's to match). */
export const CPU_COUNT = 2

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type WorkFunction = (...args: any[]) => unknown

/** The module's process-wide state, per run. */
interface ModuleState {
  /** `ThreadPoolExecutor._counter`: numbers the executors named by default. */
  counter: number
  /** `thread._shutdown`: set by `_python_exit` at the process's exit. */
  shutdown: boolean
  /** `thread._threads_queues`: every worker and its queue, in start order. */
  readonly threads_queues: [Thread, WorkQueue][]
}

const moduleStates = new WeakMap<World, ModuleState>()

/** The state of this run; the first use registers `_python_exit` (CPython: at import). */
function moduleState(): ModuleState {
  const w = world()
  let state = moduleStates.get(w)
  if (state === undefined) {
    const created: ModuleState = { counter: 0, shutdown: false, threads_queues: [] }
    w.threadingAtexits.push(() => _python_exit(created))
    moduleStates.set(w, created)
    state = created
  }
  return state
}

/**
 * `thread._python_exit`: at exit, every worker is told to stop (each passes the `None` on once its
 * queue is empty); the wait for them is the world's own wait for non-daemon threads.
 */
function _python_exit(state: ModuleState): void {
  state.shutdown = true
  for (const [, q] of state.threads_queues) q.put(null)
}

/** `_WorkItem`. */
class _WorkItem {
  constructor(
    readonly future: Future<unknown>,
    private readonly fn: WorkFunction,
    private readonly args: readonly unknown[],
  ) {}

  *run(): Blocking<void> {
    if (!this.future.set_running_or_notify_cancel()) return
    let result: unknown
    try {
      result = this.fn(...this.args)
      if (isGeneratorObject(result)) result = yield* result
    } catch (error) {
      if (!(error instanceof BaseException)) throw error
      this.future.set_exception(error)
      return
    }
    this.future.set_result(result)
  }
}

/** The executor's `queue.Queue` of work items (`null`: a worker's signal to exit). */
class WorkQueue {
  private readonly items: (_WorkItem | null)[] = []

  put(item: _WorkItem | null): void {
    this.items.push(item)
    // `self.not_empty.notify()`: the longest waiter only.
    world().notify(this, 1)
  }

  /** `get(block=True)`: `while not self._qsize(): self.not_empty.wait()`. */
  *get(): Blocking<_WorkItem | null> {
    while (this.items.length === 0) {
      yield { kind: 'wait', channel: this, until: null, what: 'Condition.wait' }
    }
    return this.items.shift()!
  }

  get_nowait(): { item: _WorkItem | null } | null {
    return this.items.length === 0 ? null : { item: this.items.shift()! }
  }
}

export interface ThreadPoolExecutorOptions {
  readonly max_workers?: number | null
  readonly thread_name_prefix?: string
}

export class ThreadPoolExecutor {
  _max_workers: number
  readonly _work_queue = new WorkQueue()
  /** `threading.Semaphore(0)`, only ever acquired with `timeout=0`: a count. */
  _idle_semaphore = 0
  readonly _threads: Thread[] = []
  _shutdown = false
  readonly _thread_name_prefix: string

  constructor(options: ThreadPoolExecutorOptions = {}) {
    let max_workers = options.max_workers ?? null
    if (max_workers === null) {
      max_workers = Math.min(32, CPU_COUNT + 4)
    } else if (max_workers <= 0) {
      throw new ValueError('max_workers must be greater than 0')
    }
    this._max_workers = max_workers
    if (options.thread_name_prefix) {
      this._thread_name_prefix = options.thread_name_prefix
    } else {
      this._thread_name_prefix = `ThreadPoolExecutor-${moduleState().counter++}`
    }
  }

  /** `submit(fn, *args)`: may start a worker, which blocks the caller until the worker blocks. */
  *submit<T>(fn: WorkFunction, ...args: unknown[]): Blocking<Future<T>> {
    if (this._shutdown) throw new RuntimeError('cannot schedule new futures after shutdown')
    if (moduleState().shutdown) throw new RuntimeError('cannot schedule new futures after interpreter shutdown')
    const f = new Future<T>()
    this._work_queue.put(new _WorkItem(f as Future<unknown>, fn, args))
    yield* this._adjust_thread_count()
    return f
  }

  private *_adjust_thread_count(): Blocking<void> {
    if (this._idle_semaphore > 0) {
      this._idle_semaphore--
      return
    }
    const num_threads = this._threads.length
    if (num_threads < this._max_workers) {
      const t = new Thread({ name: `${this._thread_name_prefix}_${num_threads}`, target: _worker, args: [this, this._work_queue] })
      yield* t.start()
      this._threads.push(t)
      moduleState().threads_queues.push([t, this._work_queue])
    }
  }

  /** The part of `shutdown` that never blocks (what `loop.close()` needs: `wait=False`). */
  _begin_shutdown(cancel_futures: boolean): void {
    this._shutdown = true
    if (cancel_futures) {
      for (let next = this._work_queue.get_nowait(); next !== null; next = this._work_queue.get_nowait()) {
        next.item?.future.cancel()
      }
    }
    this._work_queue.put(null)
  }

  /** `with ThreadPoolExecutor(...) as pool:` (the exit is `yield* pool.__exit__()`). */
  __enter__(): this {
    return this
  }

  /** Leaving the `with` block: `shutdown(wait=True)`. */
  *__exit__(): Blocking<boolean> {
    yield* this.shutdown(true)
    return false
  }

  /** `shutdown(wait=True, *, cancel_futures=False)`. */
  *shutdown(wait = true, options: { cancel_futures?: boolean } = {}): Blocking<void> {
    this._begin_shutdown(options.cancel_futures ?? false)
    if (wait) {
      for (const t of this._threads) yield* t.join()
    }
  }
}

/** `thread._worker`: runs work items until told to exit. */
const _worker = function* _worker(executor: ThreadPoolExecutor, work_queue: WorkQueue): Blocking<void> {
  for (;;) {
    const work_item = yield* work_queue.get()
    if (work_item !== null) {
      yield* work_item.run()
      executor._idle_semaphore++
      continue
    }
    if (moduleState().shutdown || executor._shutdown) {
      executor._shutdown = true
      // Notice other workers.
      work_queue.put(null)
      return
    }
  }
}
