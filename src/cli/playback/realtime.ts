/**
 * Real-time playback: a recorded run's output shown at the pace the program ran, `speed` times
 * faster. Programs are deterministic, so replaying the trace is exactly what the learner would have
 * watched; nothing is run again here. While waiting, a spinner (when there is one) shows the
 * virtual clock and what the loop is waiting for.
 *
 * Invariants: a beat is written no earlier than `start + t / speed` on the clock, beats in order
 * (a beat stamped earlier than the one before it waits for nothing); the spinner is hidden before
 * anything is written and when playback ends, however it ends; an aborted signal ends playback at
 * once with the signal's reason.
 */
import type { Clock } from './clock.js'
import type { Spinner } from '../terminal/spinner.js'

/** Rows of output that appear together, at virtual time `t` (seconds). */
export interface Beat {
  readonly t: number
  readonly rows: readonly string[]
}

export interface PlaybackOptions {
  /** 1: the program's own pace; 10: ten times faster. */
  readonly speed: number
  readonly clock: Clock
  readonly spinner: Spinner | null
  /** The spinner's text at virtual time `t`. */
  readonly status: (t: number) => string
  readonly write: (rows: readonly string[]) => void
  readonly signal?: AbortSignal
  /** How often the spinner's clock moves, in real milliseconds. */
  readonly tick?: number
}

export const DEFAULT_TICK = 50

export async function play(beats: readonly Beat[], options: PlaybackOptions): Promise<void> {
  const { speed, clock, spinner, status, write, signal, tick = DEFAULT_TICK } = options
  const start = clock.now()
  let t = 0
  try {
    for (const beat of beats) {
      signal?.throwIfAborted()
      t = Math.max(t, beat.t)
      const due = start + (t * 1000) / speed
      for (let now = clock.now(); now < due; now = clock.now()) {
        if (spinner === null) {
          await clock.sleep(due - now, signal)
        } else {
          spinner.show(status(((now - start) * speed) / 1000))
          await clock.sleep(Math.min(due - now, tick), signal)
        }
      }
      spinner?.hide()
      write(beat.rows)
    }
  } finally {
    spinner?.hide()
  }
}
