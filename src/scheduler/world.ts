/**
 * The simulated process a program runs in: its virtual clock, its threads, its output and the
 * trace it leaves.
 *
 * This is the one piece of module-level state the scheduler has, the counterpart of what CPython
 * keeps per process and per thread (the running loop, the current event loop, the Task-N counter).
 * A run installs its world with `enterWorld` and removes it when it ends; models reach it through
 * the Python facade, never directly.
 */
import type { BlockReply, Blocking, ThreadBlock } from './coro.js'
import type { EventLoop } from './loop.js'
import type { IterationEvent, Stream, TaskEventKind, ThreadEventKind, TraceEvent } from './trace.js'

export type PythonVersion = '3.11' | '3.12' | '3.13'

export interface WorldOptions {
  /** Wall-clock seconds since 1970 at virtual time 0 (`time.time()`); UTC. */
  readonly epoch?: number
  /** Loop iterations (calls of `_run_once`, all loops together) before the run is stopped. */
  readonly maxIterations?: number
  /** Which CPython's behaviour to reproduce where versions differ. */
  readonly version?: PythonVersion
  /** Record task and thread life-cycle events (timelines need them; benchmarks do not). Default true. */
  readonly recordTaskEvents?: boolean
  /** Record every loop iteration's ready queue and timers (step-through needs them). Default false. */
  readonly recordIterations?: boolean
}

/** 2024-01-01 18:27:39 UTC: `time.strftime('%X')` at the start shows the articles' 18:27:39. */
export const DEFAULT_EPOCH = 1704133659
export const DEFAULT_MAX_ITERATIONS = 1_000_000

/**
 * A simulated thread: per-thread state that Python keeps in thread-locals, and what the thread
 * scheduler (thread-scheduler.ts) needs to run it.
 */
export class SimThread {
  /** The loop running in this thread (`events._get_running_loop()`). */
  runningLoop: EventLoop | null = null
  /** The policy's current loop for this thread (`set_event_loop`). */
  eventLoop: EventLoop | null = null
  /** Whether `set_event_loop` was ever called in this thread (the policy's `_set_called`). */
  eventLoopSet = false
  /**
   * `new`: started, never run; `running`: the world's current thread; `blocked`: waits on `block`
   * (a null `block` once notified or due); `done`: its body returned or raised.
   */
  state: 'new' | 'running' | 'blocked' | 'done' = 'new'
  /** The thread's code: the program body for the main thread, `Thread.run()` for the others. */
  body: Blocking<unknown> | null = null
  /** What the thread waits on while `blocked`. */
  block: ThreadBlock | null = null
  /** Virtual time from which the thread may run again; null: only a notify can wake it. */
  wakeAt: number | null = null
  /** Breaks ties between threads with the same `wakeAt`: the world's sequence when it was set. */
  stamp = 0
  /** What its blocking call returns when it runs again. */
  reply: BlockReply = {}
  /** Whether its last block was recorded as a `blocked` thread event, so the next run is `resumed`. */
  blockRecorded = false
  /** Notified when the thread ends (`join`), and when it first runs (`start`). */
  readonly endChannel = {}
  readonly startChannel = {}

  constructor(
    public name: string,
    public daemon = false,
  ) {}
}

interface PendingLine {
  text: string
  t: number
  thread: string
  task: string | undefined
}

export class World {
  /** Virtual monotonic time, seconds. Only the world moves it, and only forward. */
  now = 0
  readonly epoch: number
  readonly maxIterations: number
  readonly version: PythonVersion
  readonly recordTaskEvents: boolean
  readonly recordIterations: boolean
  readonly events: TraceEvent[] = []
  readonly mainThread = new SimThread('MainThread')
  currentThread = this.mainThread
  /** Every thread ever started, main first, in start order. */
  readonly threads: SimThread[] = [this.mainThread]
  /** `threading._counter`: the N of `Thread-N`. */
  threadNameCounter = 0
  /**
   * `threading._register_atexit`: called, last registered first, when the main thread's body ends
   * (before the wait for non-daemon threads), as `threading._shutdown` does. They must not block.
   */
  readonly threadingAtexits: (() => void)[] = []
  private wakeCounter = 0
  iterations = 0
  /**
   * A non-Python error escaping a callback or a task step: a bug in the model. Once set, the run stops at the
   * next loop iteration instead of unwinding through `asyncio.run`'s cleanup, which would only
   * bury the bug under a deadlock or a cancellation.
   */
  modelError: unknown = undefined
  /** Every loop created in this world, for deadlock reports. */
  readonly loops: EventLoop[] = []
  private taskCounter = 0
  private timerCounter = 0
  private readonly pending: Record<Stream, PendingLine | null> = { stdout: null, stderr: null }

  constructor(options: WorldOptions = {}) {
    this.epoch = options.epoch ?? DEFAULT_EPOCH
    this.maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS
    this.version = options.version ?? '3.11'
    this.recordTaskEvents = options.recordTaskEvents ?? true
    this.recordIterations = options.recordIterations ?? false
  }

  /** The process-wide `Task-{n}` counter. */
  nextTaskNumber(): number {
    return ++this.taskCounter
  }

  /** Insertion order for timers, so equal deadlines fire in scheduling order. */
  nextTimerSeq(): number {
    return ++this.timerCounter
  }

  /** Advance the clock to `t` (never backwards). */
  advanceTo(t: number): void {
    if (t > this.now) this.now = t
  }

  /**
   * Whether the program runs on one thread, so that a loop waiting for a timer may move the clock
   * itself (`advanceTo(until)`, the answer `idle` would get) instead of blocking its thread.
   */
  soleThread(): boolean {
    return this.threads.length === 1 || this.threads.every((t) => t === this.currentThread || t.state === 'done')
  }

  /** Sequence numbers for the scheduler's tie-break: the order in which wake-ups became known. */
  nextWakeStamp(): number {
    return ++this.wakeCounter
  }

  /**
   * Wakes every thread waiting on `channel` (a `wait` block, or an `idle` loop when the channel is
   * that loop): each may run again at the current time, in the order they began to wait (FIFO, as
   * `threading.Condition` queues its waiters). `n` wakes only the first n (`Condition.notify(n)`).
   */
  notify(channel: object, n = Infinity): void {
    const waiting = this.threads.filter((thread) => {
      const block = thread.state === 'blocked' ? thread.block : null
      if (block === null) return false
      return (block.kind === 'wait' && block.channel === channel) || (block.kind === 'idle' && thread.runningLoop === channel)
    })
    waiting.sort((a, b) => a.stamp - b.stamp)
    for (const thread of waiting.slice(0, n)) {
      thread.block = null
      thread.wakeAt = this.now
      thread.stamp = this.nextWakeStamp()
      thread.reply = { value: true }
    }
  }

  /** Counts one loop iteration; true when the budget is spent and the run must stop. */
  countIteration(): boolean {
    return ++this.iterations > this.maxIterations
  }

  /** The name of the task running in the current thread, if any. */
  currentTaskName(): string | undefined {
    return this.currentThread.runningLoop?._current_task?.get_name()
  }

  /** Program output. A line's time is when its first character was written. */
  write(stream: Stream, text: string): void {
    let start = 0
    for (;;) {
      const newline = text.indexOf('\n', start)
      const piece = newline < 0 ? text.slice(start) : text.slice(start, newline)
      if (piece !== '' || newline >= 0) {
        const line = (this.pending[stream] ??= {
          text: '',
          t: this.now,
          thread: this.currentThread.name,
          task: this.currentTaskName(),
        })
        line.text += piece
      }
      if (newline < 0) return
      this.flushLine(stream)
      start = newline + 1
    }
  }

  warn(category: string, message: string): void {
    this.events.push({ kind: 'warning', t: this.now, category, message })
  }

  log(message: string, task?: string, exception?: string): void {
    this.events.push({
      kind: 'log',
      t: this.now,
      message,
      ...(task === undefined ? {} : { task }),
      ...(exception === undefined ? {} : { exception }),
    })
  }

  taskEvent(task: string, event: TaskEventKind, detail?: string): void {
    if (!this.recordTaskEvents) return
    this.events.push({ kind: 'task', t: this.now, task, event, ...(detail === undefined ? {} : { detail }) })
  }

  /** A simulated thread's life; recorded with the task events (`recordTaskEvents`). */
  threadEvent(thread: string, event: ThreadEventKind, detail?: string): void {
    if (!this.recordTaskEvents) return
    this.events.push({ kind: 'thread', t: this.now, thread, event, ...(detail === undefined ? {} : { detail }) })
  }

  /** A loop iteration, recorded by the loop only when `recordIterations` is set. */
  iteration(ready: IterationEvent['ready'], timers: IterationEvent['timers']): void {
    this.events.push({ kind: 'iteration', t: this.now, thread: this.currentThread.name, ready, timers })
  }

  /** Emits unterminated lines, as the interpreter flushes them at exit. */
  flushOutput(): void {
    this.flushLine('stdout')
    this.flushLine('stderr')
  }

  private flushLine(stream: Stream): void {
    const line = this.pending[stream]
    if (line === null) return
    this.pending[stream] = null
    this.events.push({
      kind: 'output',
      t: line.t,
      stream,
      text: line.text,
      thread: line.thread,
      ...(line.task === undefined ? {} : { task: line.task }),
    })
  }
}

let active: World | null = null

/** The world of the run in progress. Models may only run inside `runProgram`. */
export function world(): World {
  if (active === null) throw new Error('asyncio-lessons: a model ran outside runProgram()')
  return active
}

export function enterWorld(w: World): void {
  if (active !== null) throw new Error('asyncio-lessons: runProgram() is not re-entrant')
  active = w
}

export function leaveWorld(): void {
  active = null
}
