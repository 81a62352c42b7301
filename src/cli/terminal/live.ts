/**
 * The live side of the terminal, for the commands that animate or ask (`run --realtime`, the
 * menu): a clock to pace a replay by, a spinner, a pick list, and Ctrl-C as an AbortSignal.
 * main.ts makes it from the process's streams and signal; tests make it from fakes.
 *
 * Invariants: a spinner exists only when stdout is a terminal (piped output gets no cursor codes);
 * a pick list only when stdin and stdout both are. Ctrl-C aborts the signal of the `interruptible`
 * call in progress with a StoppedError, once: a second Ctrl-C gets Node's default (the process
 * ends), so a stuck command can always be left. ora and enquirer are loaded on first use only.
 */
import { StoppedError } from '../../errors.js'
import { bilingual } from '../../ui/i18n.js'
import { systemClock, type Clock } from '../playback/clock.js'
import type { Choice, Picked } from './select.js'
import type { Spinner } from './spinner.js'

export type { Choice, Picked, Spinner }

export interface LiveTerminal {
  /** stdout is a terminal. */
  readonly tty: boolean
  /** stdin and stdout are both a terminal: a pick list can be shown. */
  readonly interactive: boolean
  readonly clock: Clock
  /** A spinner on stdout, or null when stdout is not a terminal. */
  spinner(options: { readonly color: boolean }): Promise<Spinner | null>
  /** Asks for one of the choices (interactive only). */
  pick(message: string, choices: readonly Choice[]): Promise<Picked>
  /** Runs `during` with a signal that Ctrl-C aborts (its reason a StoppedError). */
  interruptible<T>(during: (signal: AbortSignal) => Promise<T>): Promise<T>
}

export interface LiveIo {
  readonly stdin: NodeJS.ReadStream
  readonly stdout: NodeJS.WriteStream
  /** Calls `handler` on each SIGINT until the returned function is called. */
  onInterrupt(handler: () => void): () => void
}

export function stopped(): StoppedError {
  return new StoppedError(bilingual('live.stopped'))
}

export function liveTerminal(io: LiveIo, clock: Clock = systemClock): LiveTerminal {
  const tty = io.stdout.isTTY === true
  const interactive = tty && io.stdin.isTTY === true
  return {
    tty,
    interactive,
    clock,
    async spinner({ color }) {
      if (!tty) return null
      return (await import('./spinner.js')).createSpinner({ stream: io.stdout, color })
    },
    async pick(message, choices) {
      if (!interactive) throw new Error('a pick list needs a terminal')
      return (await import('./select.js')).select({ stdin: io.stdin, stdout: io.stdout }, message, choices)
    },
    async interruptible(during) {
      const controller = new AbortController()
      const release = io.onInterrupt(() => {
        release()
        controller.abort(stopped())
      })
      try {
        return await during(controller.signal)
      } finally {
        release()
      }
    },
  }
}

/** Output that is not a terminal and a Ctrl-C that nothing hears: lines at their times, no spinner. */
export function pipedTerminal(clock: Clock = systemClock): LiveTerminal {
  return {
    tty: false,
    interactive: false,
    clock,
    spinner: async () => null,
    pick: async () => {
      throw new Error('a pick list needs a terminal')
    },
    interruptible: async (during) => during(new AbortController().signal),
  }
}
