/**
 * A recorded run cut into steps for the step-through view: one frame per event-loop iteration
 * (`IterationEvent`), then a closing frame for how the program ended.
 *
 * A frame shows one iteration as the loop saw it and what came of it: the ready queue it runs and
 * the timers left waiting (both as recorded at the iteration's start), the events that follow it up
 * to the next iteration of any thread (the handles it ran), and, after those events, each task's and
 * thread's state and the output so far. Events before the first iteration (asyncio.run creating
 * Task-1) belong to the first frame.
 *
 * Invariants: frames are in trace order and each trace event belongs to exactly one frame; a task's
 * state is the one its last task event gave it (`changed` when this frame's events touched it);
 * `printed` only grows; a frame never holds a Node or terminal concern (this module is pure).
 */
import type { Bilingual } from '../errors.js'
import type { IterationEvent, Outcome, ReadyItem, TimerItem, Trace, TraceEvent } from '../scheduler/trace.js'
import { reasonFor } from './reason.js'
import { statusAfter, type TaskState, type ThreadState, type ThreadStatus } from './states.js'

export type { TaskState, TaskStatus, ThreadState, ThreadStatus } from './states.js'

/** A line the program wrote (or asyncio reported), with its virtual time. */
export interface OutputLine {
  readonly t: number
  readonly kind: 'stdout' | 'stderr' | 'warning' | 'log'
  readonly text: string
}

interface FrameBase {
  /** Position among the run's frames, from 0. */
  readonly index: number
  readonly t: number
  /** Tasks in creation order, finished ones included. */
  readonly tasks: readonly TaskState[]
  /** Threads in order of first appearance; empty unless the program recorded thread events. */
  readonly threads: readonly ThreadState[]
  /** How many of the run's output lines were written once this frame's events ran. */
  readonly printed: number
  /** How many were written before them (`printed - printedBefore` are this frame's). */
  readonly printedBefore: number
}

export interface IterationFrame extends FrameBase {
  readonly kind: 'iteration'
  readonly thread: string
  /** The iteration's number in its thread's loops, from 1. */
  readonly iteration: number
  readonly ready: readonly ReadyItem[]
  /** The timers left waiting as the iteration starts. */
  readonly timers: readonly TimerItem[]
  /** The sleep timers its handles set (a task awaiting `sleep(d)` with d > 0), soonest first. */
  readonly newTimers: readonly TimerItem[]
  /** What happened, one sentence per handle run (or other happening), in order. */
  readonly reason: readonly Bilingual[]
}

export interface EndFrame extends FrameBase {
  readonly kind: 'end'
  readonly outcome: Outcome
}

export type Frame = IterationFrame | EndFrame

export interface StepRun {
  readonly frames: readonly Frame[]
  /** Every output line of the run; a frame shows the first `printed`. */
  readonly output: readonly OutputLine[]
  /** Whether any task event carried a line of main.py (the CPython engine records them). */
  readonly lineMarks: boolean
}

function outputLine(event: TraceEvent): OutputLine | null {
  switch (event.kind) {
    case 'output':
      return { t: event.t, kind: event.stream, text: event.text }
    case 'warning':
      return { t: event.t, kind: 'warning', text: `${event.category}: ${event.message}` }
    case 'log':
      return { t: event.t, kind: 'log', text: `${event.message}${event.task ? ` (${event.task})` : ''}${event.exception ? `: ${event.exception}` : ''}` }
    default:
      return null
  }
}

/** The state of a walk through the trace so far: what every frame copies. */
class Walk {
  readonly tasks = new Map<string, TaskState>()
  readonly threads = new Map<string, ThreadState>()
  readonly output: OutputLine[] = []
  newTimers: TimerItem[] = []

  apply(event: TraceEvent): void {
    const line = outputLine(event)
    if (line !== null) this.output.push(line)
    if (event.kind === 'task') {
      const before = this.tasks.get(event.task)
      const coro = event.event === 'created' ? event.detail : before?.coro
      const line = event.line ?? (event.event === 'done' || event.event === 'failed' || event.event === 'cancelled' ? undefined : before?.line)
      const status = statusAfter(event)
      if (status.kind === 'sleeping') this.newTimers.push({ kind: 'sleep', when: status.until, task: event.task })
      this.tasks.set(event.task, {
        name: event.task,
        ...(coro === undefined ? {} : { coro }),
        status,
        ...(line === undefined ? {} : { line }),
        changed: true,
      })
    } else if (event.kind === 'thread') {
      const status: ThreadStatus =
        event.event === 'blocked' ? { kind: 'blocked', where: event.detail ?? '?' } : event.event === 'finished' ? { kind: 'finished' } : { kind: 'running' }
      this.threads.set(event.thread, { name: event.thread, status, changed: true })
    }
  }

  /**
   * A parked task whose step the thread's next iteration runs was woken by this one (a due sleep,
   * a finished task it awaited, gather's callback): no task event says so, the ready queue does.
   */
  wake(next: readonly ReadyItem[]): void {
    for (const item of next) {
      const task = item.kind === 'step' ? this.tasks.get(item.task) : undefined
      if (task === undefined || (task.status.kind !== 'sleeping' && task.status.kind !== 'waiting')) continue
      this.tasks.set(task.name, { ...task, status: { kind: 'ready' }, changed: true })
    }
  }

  /** This frame's view of the state; everything marked unchanged for the next frame. */
  snapshot(): Pick<FrameBase, 'tasks' | 'threads' | 'printed'> & { newTimers: TimerItem[] } {
    const tasks = [...this.tasks.values()]
    const threads = [...this.threads.values()]
    for (const task of tasks) this.tasks.set(task.name, { ...task, changed: false })
    for (const thread of threads) this.threads.set(thread.name, { ...thread, changed: false })
    // A stable sort: timers due together stay in the order they were set, as in the loop's heap.
    const newTimers = [...this.newTimers].sort((a, b) => a.when - b.when)
    this.newTimers = []
    return { tasks, threads, printed: this.output.length, newTimers }
  }
}

interface Group {
  /** null: a run that recorded no iteration at all; its events still make the end frame's state. */
  readonly iteration: IterationEvent | null
  readonly events: TraceEvent[]
  /** How many of `events` came before the iteration (the first one only: asyncio.run's set-up). */
  prelude: number
  /** The same thread's next iteration. */
  next?: IterationEvent
}

/** The trace's events grouped by iteration: each iteration with the events up to the next one. */
function groups(events: readonly TraceEvent[]): Group[] {
  const result: Group[] = []
  const prelude: TraceEvent[] = []
  const latest = new Map<string, Group>()
  for (const event of events) {
    if (event.kind === 'iteration') {
      const group: Group = { iteration: event, events: result.length === 0 ? prelude : [], prelude: result.length === 0 ? prelude.length : 0 }
      const previous = latest.get(event.thread)
      if (previous !== undefined) previous.next = event
      latest.set(event.thread, group)
      result.push(group)
    } else {
      ;(result.length === 0 ? prelude : result[result.length - 1]!.events).push(event)
    }
  }
  return result.length === 0 ? [{ iteration: null, events: prelude, prelude: prelude.length }] : result
}

export function buildSteps(trace: Trace): StepRun {
  const walk = new Walk()
  const frames: Frame[] = []
  const counts = new Map<string, number>()
  for (const group of groups(trace.events)) {
    const printedBefore = walk.output.length
    // Who awaited what before this iteration ran: the reasons say whom a finishing task wakes.
    const before = new Map(walk.tasks)
    for (const event of group.events) walk.apply(event)
    if (group.next !== undefined) walk.wake(group.next.ready)
    if (group.iteration === null) continue
    const { iteration } = group
    const number = (counts.get(iteration.thread) ?? 0) + 1
    counts.set(iteration.thread, number)
    frames.push({
      kind: 'iteration',
      index: frames.length,
      t: iteration.t,
      thread: iteration.thread,
      iteration: number,
      ready: iteration.ready,
      timers: iteration.timers,
      reason: reasonFor({ iteration, events: group.events, prelude: group.prelude, before, next: group.next }),
      printedBefore,
      ...walk.snapshot(),
    })
  }
  const last = trace.events.length === 0 ? 0 : trace.events[trace.events.length - 1]!.t
  const t = trace.outcome.kind === 'ok' ? last : trace.outcome.t
  const { newTimers: _none, ...state } = walk.snapshot()
  frames.push({ kind: 'end', index: frames.length, t, outcome: trace.outcome, printedBefore: walk.output.length, ...state })
  const lineMarks = trace.events.some((event) => event.kind === 'task' && event.line !== undefined)
  return { frames, output: walk.output, lineMarks }
}

/** The output lines a frame shows: everything written up to the end of its events. */
export function outputSoFar(run: StepRun, frame: Frame): readonly OutputLine[] {
  return run.output.slice(0, frame.printed)
}
