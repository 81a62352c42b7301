/**
 * The quiz's connections to the outside world, made from what main.ts hands over (the streams,
 * whether they are a terminal, the pid): the progress store in the user's data folder, whose
 * warnings go to stderr, and the asker that fits the terminal (enquirer, loaded only then).
 */
import { progressPath } from '../../quiz/location.js'
import type { ProgressStore } from '../../quiz/store.js'
import type { ProgressIo } from '../commands/progress.js'
import type { QuizIo } from '../commands/quiz.js'
import type { CommandContext } from '../context.js'
import type { Asker } from './asker.js'
import { openStoreAt } from './open-store.js'

export interface Terminal {
  readonly input: NodeJS.ReadableStream
  readonly output: NodeJS.WritableStream
  /** stdin and stdout are both a TTY: ask with prompts. */
  readonly interactive: boolean
  readonly pid: number
}

export function openStore(ctx: CommandContext, pid: number, path = progressPath()): ProgressStore {
  return openStoreAt(path, ctx, pid)
}

function asker(terminal: Terminal, ctx: CommandContext): () => Promise<Asker> {
  if (terminal.interactive) {
    return async () => (await import('./enquirer.js')).enquirerAsker(terminal, ctx.ui.tr, ctx.ui.style.enabled)
  }
  // Imported on first use: it loads node:readline, which `list` (opening the store) never needs.
  return async () => new (await import('./piped.js')).PipedAsker(terminal.input, (text) => ctx.out.write(text), ctx.ui.tr)
}

export function quizIo(terminal: Terminal, ctx: CommandContext): QuizIo {
  return { asker: asker(terminal, ctx), store: openStore(ctx, terminal.pid), now: () => new Date(), session: String(terminal.pid) }
}

export function progressIo(terminal: Terminal, ctx: CommandContext): ProgressIo {
  return { store: openStore(ctx, terminal.pid), asker: terminal.interactive ? asker(terminal, ctx) : null }
}
