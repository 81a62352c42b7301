/**
 * The trace: the one record of a run that every view reads (player, check, quiz, timeline).
 *
 * Both engines produce it: the embedded scheduler directly, the CPython engine by translating the
 * JSON lines its harness writes (python/harness.py emits exactly these shapes). Times are virtual
 * seconds since the program started; `t` values are compared to the microsecond.
 */

export type Engine = 'embedded' | 'cpython'

/** Where a line was written: `print()` goes to stdout, `print(..., file=sys.stderr)` to stderr. */
export type Stream = 'stdout' | 'stderr'

/** One line of program output. A print without a trailing newline is joined to the next write. */
export interface OutputEvent {
  readonly kind: 'output'
  readonly t: number
  readonly stream: Stream
  readonly text: string
  /** Name of the simulated thread that wrote it (`MainThread`, `Thread-1 (worker)`, ...). */
  readonly thread: string
  /** Name of the task running when it was written, if any (`Task-2`). */
  readonly task?: string
}

/** A Python warning as `warnings.showwarning` receives it: `RuntimeWarning: coroutine 'f' was never awaited`. */
export interface WarningEvent {
  readonly kind: 'warning'
  readonly t: number
  readonly category: string
  readonly message: string
}

/**
 * A message asyncio sends to the loop's exception handler (`Task exception was never retrieved`,
 * `Task was destroyed but it is pending!`, `Exception in callback ...`), reduced to what both engines
 * can state exactly: the message, the task's name, and the exception's last traceback line.
 */
export interface LogEvent {
  readonly kind: 'log'
  readonly t: number
  readonly message: string
  readonly task?: string
  /** `ValueError: boom`, as the last line of a traceback shows it. */
  readonly exception?: string
}

export type TaskEventKind = 'created' | 'started' | 'suspended' | 'resumed' | 'done' | 'failed' | 'cancelled'

/**
 * A task's life, step by step, for timelines and step-through. Both engines record these when asked
 * (`recordTaskEvents`), with the same names, order and details: the differential test compares them.
 */
export interface TaskEvent {
  readonly kind: 'task'
  readonly t: number
  readonly task: string
  readonly event: TaskEventKind
  /** For `created`: the coroutine's name. For `suspended`: what it waits on (`sleep(1)`, `Task-3`, `gather`, `Future`). */
  readonly detail?: string
  /**
   * The line of the program's main file where the task's coroutine stands (`started`: its `def`
   * line, when defined in that file; `suspended`: the line of the await it parked on, following the await chain to the innermost frame in that file). Only
   * the CPython engine knows it; never compared between engines.
   */
  readonly line?: number
}

export type ThreadEventKind = 'started' | 'blocked' | 'resumed' | 'finished'

/**
 * A simulated thread's life (threaded programs only; the main thread is `MainThread` and records
 * only `blocked`/`resumed`). `blocked` says where it waits, in the words of `StuckThread.waitsIn`:
 * `time.sleep(2)`, `join Thread-1 (worker)`, `Future.result`, `run_forever` (an idle event loop).
 */
export interface ThreadEvent {
  readonly kind: 'thread'
  readonly t: number
  readonly thread: string
  readonly event: ThreadEventKind
  readonly detail?: string
}

/** A handle an iteration of the event loop runs. */
export type ReadyItem =
  /** A task's step (`Task.__step`) or its wakeup (`Task.__wakeup`): the task runs its coroutine. */
  | { readonly kind: 'step'; readonly task: string }
  /** A due `asyncio.sleep` timer: it sets the sleep's future, so `task` runs in the next iteration. */
  | { readonly kind: 'sleep-done'; readonly task: string }
  /** Any other callback, by its Python name (`print`, `_done_callback`, `_run_until_complete_cb`). */
  | { readonly kind: 'callback'; readonly name: string }

/** A timer still waiting in the loop's heap. */
export type TimerItem =
  | { readonly kind: 'sleep'; readonly when: number; readonly task: string }
  | { readonly kind: 'callback'; readonly when: number; readonly name: string }

/**
 * One iteration of an event loop (`BaseEventLoop._run_once`), recorded after the due timers moved
 * to the ready queue and before any handle runs: what it will run, and the timers left waiting
 * (soonest first, ties in insertion order). Cancelled handles and timers are left out. Recorded
 * only when asked (`recordIterations`): a long run makes millions.
 */
export interface IterationEvent {
  readonly kind: 'iteration'
  readonly t: number
  /** The thread whose loop this is. */
  readonly thread: string
  readonly ready: readonly ReadyItem[]
  readonly timers: readonly TimerItem[]
}

export type TraceEvent = OutputEvent | WarningEvent | LogEvent | TaskEvent | ThreadEvent | IterationEvent

/** A task that can never resume, as a deadlock report lists it. */
export interface StuckTask {
  readonly task: string
  readonly coro: string
  /** What it waits on: `Future`, `Task-3`, `Event`, ... */
  readonly waitsOn: string
}

/** A thread that can never go on, as a deadlock report of a threaded program lists it. */
export interface StuckThread {
  readonly thread: string
  /** Where it waits: `run_forever`, `join Thread-1 (worker)`, `Future.result`, `exit` (the main thread at interpreter exit). */
  readonly waitsIn: string
}

/** How the program ended. */
export type Outcome =
  | { readonly kind: 'ok' }
  /** An uncaught exception; `line` is Python's last traceback line (`ValueError: boom`). */
  | { readonly kind: 'exception'; readonly t: number; readonly type: string; readonly line: string }
  /** Nothing ready, no timer, nothing that could wake the loop: CPython would hang here forever. */
  | {
      readonly kind: 'deadlock'
      readonly t: number
      readonly stuck: readonly StuckTask[]
      /** Present once the program started a thread: every live thread and where it waits forever. */
      readonly threads?: readonly StuckThread[]
    }
  /** The step budget ran out (an endless `sleep(0)` loop, say). */
  | { readonly kind: 'runaway'; readonly t: number; readonly iterations: number }

export interface Trace {
  readonly engine: Engine
  readonly events: readonly TraceEvent[]
  readonly outcome: Outcome
}
