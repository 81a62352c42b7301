/**
 * What a command needs from the outside world, passed in rather than reached for, so every command
 * is a plain function testable without spawning a process: where output goes (an output port), how
 * to present it (language, colour, width), where lessons come from, and how lessons run.
 */
import type { Catalog } from '../lessons/catalog.js'
import type { RunEngine } from '../lessons/evaluate.js'
import type { Library } from '../lessons/loader.js'
import type { Translator } from '../ui/i18n.js'
import type { Style } from '../ui/style.js'
import type { LiveTerminal } from './terminal/live.js'

/** Where a command's output goes: stdout for results, stderr for diagnostics. */
export interface OutputPort {
  write(text: string): void
  error(text: string): void
}

export interface Ui {
  readonly tr: Translator
  readonly style: Style
  /** Columns to lay out for (the terminal's width, 80 when unknown). */
  readonly width: number
}

export interface CommandContext {
  readonly out: OutputPort
  readonly ui: Ui
  /** The lessons, with their programs (run, check) or without (list, show, which stay fast). */
  readonly library: (options: { readonly programs: boolean }) => Promise<Library>
  /**
   * What `list` and the menu show of the lessons, when it is known without loading them (the bin's
   * built-in lessons); absent: they derive it from `library`.
   */
  readonly catalog?: () => Promise<Catalog>
  readonly runEngine: RunEngine
  /** The terminal's live side (`run --realtime`, the menu); absent: output is not a terminal. */
  readonly live?: LiveTerminal
}

/** Writes lines to stdout. */
export function print(ctx: CommandContext, lines: string | readonly string[]): void {
  const list = typeof lines === 'string' ? [lines] : lines
  ctx.out.write(list.map((line) => line + '\n').join(''))
}
