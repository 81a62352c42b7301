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

/** A task's life, step by step. Only the embedded engine records these (for timelines and step-through). */
export interface TaskEvent {
  readonly kind: 'task'
  readonly t: number
  readonly task: string
  readonly event: TaskEventKind
  /** For `created`: the coroutine's name. For `suspended`: what it waits on (`sleep(1)`, `Task-3`, `Future`). */
  readonly detail?: string
}

export type TraceEvent = OutputEvent | WarningEvent | LogEvent | TaskEvent

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
