/**
 * What a task or a thread is doing at a step, as its last recorded event left it. Shared by the
 * frames (which keep the states) and the reasons (which tell how they changed).
 */

export type TaskStatus =
  /** Created; its first step is in the ready queue. */
  | { readonly kind: 'new' }
  | { readonly kind: 'running' }
  /** Parked on `asyncio.sleep(delay)` with a delay above 0: its timer is due at `until`. */
  | { readonly kind: 'sleeping'; readonly delay: string; readonly until: number }
  /** Parked on a future: another task (`Task-3`), `gather`, `Future`... */
  | { readonly kind: 'waiting'; readonly on: string }
  /** Woken (its sleep is over, or what it awaited is done): its next step is in the ready queue. */
  | { readonly kind: 'ready' }
  /** Gave way for one iteration with `sleep(0)`: its next step is already in the ready queue. */
  | { readonly kind: 'yielded' }
  | { readonly kind: 'done' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'cancelled' }

export interface TaskState {
  readonly name: string
  /** The coroutine's name, when its creation was recorded. */
  readonly coro?: string
  readonly status: TaskStatus
  /** The line of main.py where the coroutine stands (CPython engine only). */
  readonly line?: number
  /** Whether this frame's events changed it. */
  readonly changed: boolean
}

export type ThreadStatus = { readonly kind: 'running' } | { readonly kind: 'blocked'; readonly where: string } | { readonly kind: 'finished' }

export interface ThreadState {
  readonly name: string
  readonly status: ThreadStatus
  readonly changed: boolean
}

const SLEEP = /^sleep\((.+)\)$/

/** The state a task event leaves its task in. */
export function statusAfter(event: { readonly t: number; readonly event: string; readonly detail?: string }): TaskStatus {
  switch (event.event) {
    case 'created':
      return { kind: 'new' }
    case 'started':
    case 'resumed':
      return { kind: 'running' }
    case 'done':
      return { kind: 'done' }
    case 'failed':
      return { kind: 'failed' }
    case 'cancelled':
      return { kind: 'cancelled' }
  }
  const detail = event.detail ?? 'Future'
  const sleep = SLEEP.exec(detail)
  if (sleep !== null) {
    const delay = Number(sleep[1])
    if (Number.isFinite(delay)) return delay > 0 ? { kind: 'sleeping', delay: sleep[1]!, until: event.t + delay } : { kind: 'yielded' }
  }
  return { kind: 'waiting', on: detail }
}

