/**
 * A run's trace as a timeline: one row per task and per simulated thread, each a list of spans
 * (time passing while it waits or blocks) and instants (runs, which take no virtual time, and its
 * end), plus the output lines with their times. Pure: the text and SVG charts draw this model.
 *
 * How trace events become states (a task is always in exactly one of these):
 *   created ──▶ ready ──started──▶ running ──suspended(X)──▶ waiting on X ──resumed──▶ running ...
 *   running ──done / failed / cancelled──▶ ended
 * - A run takes zero virtual time, so it is an instant; a run that lasts (its thread blocked in
 *   `time.sleep`, freezing the loop) is a `blocked` span between two run instants.
 * - A wait on `sleep(d)` is a `sleep` span until its due time; if the task resumes later (its loop
 *   was blocked), the rest is `ready`: due, but the loop could not get to it.
 * - Any other wait (`Task-3`, `gather`, `Future`, a lock) is an `await` span labelled with it.
 * - A row still waiting or running when the trace ends is `pending` (deadlock, runaway, a task
 *   destroyed pending): its last span runs to the end.
 * Threads (ThreadEvent): `blocked` in `time.sleep` is a `blocked` span, in `run_forever` (an idle
 * event loop waiting for its next timer or a call from another thread) a `sleep` span, anything
 * else (`join ...`, `Future.result`) an `await` span; `started` and `resumed` are run instants,
 * `finished` the `done` end.
 *
 * The clean-up tasks `asyncio.run` makes after the program (`shutdown_asyncgens`,
 * `shutdown_default_executor`) are left out and counted in `hidden`: no program line made them.
 */
import type { OutputEvent, Stream, TaskEvent, ThreadEvent, Trace } from '../scheduler/trace.js'

export type SpanKind = 'sleep' | 'await' | 'blocked' | 'ready'
export type EndKind = 'done' | 'failed' | 'cancelled'
export type InstantKind = 'run' | EndKind

export interface Span {
  readonly kind: SpanKind
  readonly from: number
  readonly to: number
  /** What it waits on or blocks in (`sleep(1)`, `Task-3`, `time.sleep(2)`); absent for `ready`. */
  readonly label?: string
}

export interface Instant {
  readonly kind: InstantKind
  readonly t: number
}

export interface Row {
  readonly kind: 'task' | 'thread'
  /** `Task-2`, `Thread-1 (worker)`, `MainThread`. */
  readonly name: string
  /** The task's coroutine (`say_after`); absent for threads. */
  readonly coro?: string
  /** In time order; spans never overlap. */
  readonly spans: readonly Span[]
  /** In time order; several at one time are kept (the charts merge them). */
  readonly instants: readonly Instant[]
  /** Still waiting or running when the trace ended. */
  readonly pending: boolean
}

export interface Print {
  readonly t: number
  readonly stream: Stream
  readonly text: string
  /** The task that printed it, else the thread (`Task-2`, `MainThread`). */
  readonly by: string
}

export interface Timeline {
  /** The last virtual time of the run (0 when everything happened at once). */
  readonly end: number
  /** Threads first (in order of their first event), then tasks in creation order. */
  readonly rows: readonly Row[]
  readonly prints: readonly Print[]
  /** How many of asyncio.run's own clean-up tasks were left out. */
  readonly hidden: number
}

const SLEEP = /^sleep\((.+)\)$/
/** Where a thread waits when its event loop has nothing to run (both engines' word, trace.ts ThreadEvent). */
const IDLE_LOOP = 'run_forever'
const CLEANUP = /^BaseEventLoop\.shutdown_(asyncgens|default_executor)$/

type State =
  | { readonly kind: 'ready'; readonly since: number }
  | { readonly kind: 'running'; readonly since: number }
  | { readonly kind: 'waiting'; readonly since: number; readonly on: string }
  | { readonly kind: 'ended' }
  /** A thread between its events: running Python code, which takes no virtual time. */
  | { readonly kind: 'idle' }

/** Builds one row from its events, state by state; `build` ends it at the trace's end. */
class RowBuilder {
  readonly spans: Span[] = []
  readonly instants: Instant[] = []
  state: State
  constructor(
    readonly kind: Row['kind'],
    readonly name: string,
    readonly coro: string | undefined,
    start: State,
  ) {
    this.state = start
  }

  private span(kind: SpanKind, from: number, to: number, label?: string): void {
    if (to > from) this.spans.push({ kind, from, to, ...(label === undefined ? {} : { label }) })
  }

  /**
   * Ends the current state at `t`, drawing what it was. A run that lasted (blocked) ends with a run
   * instant of its own, unless the trace ended inside it (`closesRun` false).
   */
  leave(t: number, blockedIn?: string, closesRun = true): void {
    const s = this.state
    if (s.kind === 'ready') this.span('ready', s.since, t)
    else if (s.kind === 'running') {
      this.span('blocked', s.since, t, blockedIn)
      if (closesRun && t > s.since) this.instants.push({ kind: 'run', t })
    } else if (s.kind === 'waiting') this.wait(s.since, t, s.on)
  }

  private wait(from: number, to: number, on: string): void {
    const sleep = SLEEP.exec(on)
    const delay = sleep === null ? Number.NaN : Number(sleep[1])
    if (this.kind === 'task' && Number.isFinite(delay)) {
      const due = Math.min(to, from + delay)
      this.span('sleep', from, due, on)
      this.span('ready', due, to)
      return
    }
    if (this.kind === 'thread') {
      if (on.startsWith('time.sleep')) return this.span('blocked', from, to, on)
      if (on === IDLE_LOOP) return this.span('sleep', from, to, on)
    }
    this.span('await', from, to, on)
  }

  run(t: number): void {
    if (this.state.kind !== 'running') this.instants.push({ kind: 'run', t })
    this.state = { kind: 'running', since: t }
  }

  end(kind: EndKind, t: number): void {
    this.instants.push({ kind, t })
    this.state = { kind: 'ended' }
  }

  build(end: number): Row {
    const pending = this.state.kind === 'ready' || this.state.kind === 'running' || this.state.kind === 'waiting'
    if (pending) this.leave(end, undefined, false)
    const instants = [...this.instants].sort((a, b) => a.t - b.t)
    return { kind: this.kind, name: this.name, ...(this.coro === undefined ? {} : { coro: this.coro }), spans: this.spans, instants, pending }
  }
}

/** The blocking call a run of `task` sat in: a thread that blocked within [from, to], preferring the task's own thread. */
function blockedIn(threadEvents: readonly ThreadEvent[], from: number, to: number, thread: string | undefined): string | undefined {
  // An idle loop's wait cannot be inside a run: it is the thread's state before the run began.
  const inside = threadEvents.filter((e) => e.event === 'blocked' && e.t >= from && e.t < to && e.detail !== undefined && e.detail !== IDLE_LOOP)
  return (inside.find((e) => e.thread === thread) ?? (thread === undefined ? inside[0] : undefined))?.detail
}

export function buildTimeline(trace: Trace): Timeline {
  const { events, outcome } = trace
  let end = outcome.kind === 'ok' ? 0 : outcome.t
  for (const event of events) end = Math.max(end, event.t)

  const threadEvents = events.filter((e): e is ThreadEvent => e.kind === 'thread')
  // The thread each task printed from, to find what blocked its runs.
  const threadOf = new Map<string, string>()
  for (const e of events) if (e.kind === 'output' && e.task !== undefined && !threadOf.has(e.task)) threadOf.set(e.task, e.thread)

  const threads = new Map<string, RowBuilder>()
  const tasks = new Map<string, RowBuilder>()
  const hiddenTasks = new Set<string>()
  const prints: Print[] = []

  const onTask = (e: TaskEvent): void => {
    if (hiddenTasks.has(e.task)) return
    if (e.event === 'created') {
      if (e.detail !== undefined && CLEANUP.test(e.detail)) return void hiddenTasks.add(e.task)
      tasks.set(e.task, new RowBuilder('task', e.task, e.detail, { kind: 'ready', since: e.t }))
      return
    }
    let row = tasks.get(e.task)
    // A task seen before its creation (a hand-made or cut trace): it exists from then on.
    if (row === undefined) tasks.set(e.task, (row = new RowBuilder('task', e.task, undefined, { kind: 'ready', since: e.t })))
    const state = row.state
    const blocking = state.kind === 'running' && e.t > state.since ? blockedIn(threadEvents, state.since, e.t, threadOf.get(e.task)) : undefined
    switch (e.event) {
      case 'started':
      case 'resumed':
        row.leave(e.t)
        row.run(e.t)
        return
      case 'suspended':
        if (state.kind !== 'running') row.run(e.t)
        row.leave(e.t, blocking)
        row.state = { kind: 'waiting', since: e.t, on: e.detail ?? '?' }
        return
      case 'done':
      case 'failed':
      case 'cancelled':
        // The end instant stands beside the last run at the same time; the charts draw the end.
        row.leave(e.t, blocking)
        row.end(e.event, e.t)
    }
  }

  const onThread = (e: ThreadEvent): void => {
    let row = threads.get(e.thread)
    if (row === undefined) threads.set(e.thread, (row = new RowBuilder('thread', e.thread, undefined, { kind: 'idle' })))
    switch (e.event) {
      case 'started':
        row.instants.push({ kind: 'run', t: e.t })
        row.state = { kind: 'idle' }
        return
      case 'blocked':
        row.leave(e.t)
        row.state = { kind: 'waiting', since: e.t, on: e.detail ?? '?' }
        return
      case 'resumed':
        row.leave(e.t)
        row.instants.push({ kind: 'run', t: e.t })
        row.state = { kind: 'idle' }
        return
      case 'finished':
        row.leave(e.t)
        row.end('done', e.t)
    }
  }

  for (const e of events) {
    if (e.kind === 'task') onTask(e)
    else if (e.kind === 'thread') onThread(e)
    else if (e.kind === 'output') prints.push(printOf(e))
  }
  return {
    end,
    rows: [...[...threads.values()].map((b) => b.build(end)), ...[...tasks.values()].map((b) => b.build(end))],
    prints,
    hidden: hiddenTasks.size,
  }
}

function printOf(e: OutputEvent): Print {
  return { t: e.t, stream: e.stream, text: e.text, by: e.task ?? e.thread }
}
