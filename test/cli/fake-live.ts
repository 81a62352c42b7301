/** A fake clock, spinner and live terminal: real-time playback tested without waiting for real. */
import type { Clock } from '../../src/cli/playback/clock.js'
import { stopped, type Choice, type LiveTerminal, type Picked, type Spinner } from '../../src/cli/terminal/live.js'

/** Time moves only when someone sleeps: each sleep advances it by exactly what was asked. */
export class FakeClock implements Clock {
  time = 1000
  readonly sleeps: number[] = []
  /** Called after each sleep (a test aborts from here, as a Ctrl-C would mid-pause). */
  onSleep: (() => void) | null = null

  now(): number {
    return this.time
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted()
    this.sleeps.push(ms)
    this.time += ms
    this.onSleep?.()
    signal?.throwIfAborted()
  }
}

/** Records what it was shown, in order, into a shared log. */
export class FakeSpinner implements Spinner {
  shown = false
  constructor(private readonly log: string[]) {}

  show(text: string): void {
    this.shown = true
    this.log.push(`spinner: ${text}`)
  }

  hide(): void {
    if (this.shown) this.log.push('spinner hidden')
    this.shown = false
  }
}

export interface FakeLive {
  readonly live: LiveTerminal
  readonly clock: FakeClock
  readonly spinner: FakeSpinner | null
  /** What the pick list was asked. */
  readonly picks: Array<{ message: string; choices: readonly Choice[] }>
  /** Ctrl-C, as main.ts would report it. */
  interrupt(): void
}

export function fakeLive(options: { tty?: boolean; log?: string[]; answer?: (choices: readonly Choice[]) => Picked } = {}): FakeLive {
  const clock = new FakeClock()
  const spinner = options.tty === true ? new FakeSpinner(options.log ?? []) : null
  const picks: FakeLive['picks'] = []
  let controller: AbortController | null = null
  const live: LiveTerminal = {
    tty: options.tty === true,
    interactive: options.tty === true,
    clock,
    spinner: async () => spinner,
    pick: async (message, choices) => {
      picks.push({ message, choices })
      if (options.answer === undefined) throw new Error('no answer given to the fake pick list')
      return options.answer(choices)
    },
    interruptible: async (during) => {
      controller = new AbortController()
      try {
        return await during(controller.signal)
      } finally {
        controller = null
      }
    },
  }
  return {
    live,
    clock,
    spinner,
    picks,
    interrupt: () => controller?.abort(stopped()),
  }
}
