/**
 * What the event loop is waiting for at any virtual time of a recorded run, read from the trace's
 * task events (created, started, suspended on X, resumed, done...). The real-time player shows it
 * during each pause: `Task-2 sleeping until 2.000s`.
 *
 * Invariants: a state holds the tasks parked after every task event at or before its time (events
 * of one instant are applied together, so a task that wakes and parks again at once shows only its
 * new wait); finished tasks are gone; a task between `started`/`resumed` and its next `suspended` is
 * running, not waiting, and is left out. A trace recorded without its schedule (CPython's, unless
 * asked) has no task events: every state is empty.
 */
import type { TraceEvent } from '../../scheduler/trace.js'

export type Wait =
  /** Parked on `asyncio.sleep(delay)`: wakes at `until` (virtual seconds). */
  | { readonly task: string; readonly kind: 'sleep'; readonly until: number }
  /** Parked on a future: another task (`Task-3`), `gather`, `Future`... */
  | { readonly task: string; readonly kind: 'await'; readonly on: string }

export interface WaitState {
  /** From this virtual time on (until the next state). */
  readonly t: number
  /** Sleepers first, soonest first (the loop's next timer leads); then the other waits by task. */
  readonly waits: readonly Wait[]
}

const SLEEP = /^sleep\((.+)\)$/

function parked(task: string, t: number, detail: string | undefined): Wait | null {
  if (detail === undefined) return null
  const sleep = SLEEP.exec(detail)
  const delay = sleep === null ? Number.NaN : Number(sleep[1])
  // sleep(0) only yields for one loop iteration: never a wait that lasts.
  if (sleep !== null && Number.isFinite(delay)) return delay > 0 ? { task, kind: 'sleep', until: t + delay } : null
  return { task, kind: 'await', on: detail }
}

function ordered(waits: Iterable<Wait>): Wait[] {
  const all = [...waits]
  const sleeps = all.filter((w) => w.kind === 'sleep').sort((a, b) => a.until - b.until)
  return [...sleeps, ...all.filter((w) => w.kind === 'await')]
}

/** The states of a run, one per instant at which some task event happened, in time order. */
export function waitTimeline(events: readonly TraceEvent[]): WaitState[] {
  const states: WaitState[] = []
  // Insertion order is creation order, so awaits list as Task-1, Task-2, ...
  const waiting = new Map<string, Wait | null>()
  let current: number | null = null
  const snapshot = (): void => {
    if (current === null) return
    states.push({ t: current, waits: ordered([...waiting.values()].filter((w): w is Wait => w !== null)) })
  }
  for (const event of events) {
    if (event.kind !== 'task') continue
    if (current !== null && event.t !== current) snapshot()
    current = event.t
    switch (event.event) {
      case 'created':
      case 'started':
      case 'resumed':
        waiting.set(event.task, null)
        break
      case 'suspended':
        waiting.set(event.task, parked(event.task, event.t, event.detail))
        break
      case 'done':
      case 'failed':
      case 'cancelled':
        waiting.delete(event.task)
    }
  }
  snapshot()
  return states
}

/** The waits in effect at virtual time `t`: those of the last state at or before it. */
export function waitsAt(timeline: readonly WaitState[], t: number): readonly Wait[] {
  let found: readonly Wait[] = []
  for (const state of timeline) {
    if (state.t > t) break
    found = state.waits
  }
  return found
}
