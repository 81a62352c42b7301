/**
 * `asyncio-lessons trace <file.py> [-- args...]`: runs the learner's own program on CPython under
 * the virtual clock and shows what `run` shows of a lesson, without a lesson to compare with: the
 * output with the virtual time of each line, the total, how the program ended, and the timeline.
 * With `--json`, `run --json`'s report with one entry: its id the file's name, engine `python`,
 * every `expected_t` and `total.expected` null, every line ok, and `ok` true exactly when the
 * program ran to its end (no uncaught exception, no deadlock, no runaway).
 *
 * Exit status: 0 when the program ended normally (sys.exit(0) included); 1 (a ProgramError, after
 * the output) when it raised, had a syntax error, called sys.exit() with anything else, would hang
 * forever (deadlock) or never ends (runaway); 2 for a missing file, a folder, or a chart file that
 * cannot be written; 3 when python3 cannot run (from the engine). The program's stdin is not
 * connected: input() reads end-of-file at once.
 */
import { statSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { AppError, UsageError, type Bilingual } from '../../errors.js'
import { runCpython } from '../../engines/cpython/index.js'
import { totalTime, traceLines, type LineKind } from '../../lessons/expected.js'
import type { Outcome, Trace } from '../../scheduler/trace.js'
import { bilingual } from '../../ui/i18n.js'
import { print, type CommandContext } from '../context.js'
import type { TimelineRequest } from '../views/timeline-request.js'
import { traceEnding, traceOutput, traceTotal } from '../views/trace.js'
import { TIMELINE_EVENTS, traceTimeline } from '../views/trace-timeline.js'
import { pythonTraceback } from '../views/trace-traceback.js'

export interface TraceOptions {
  /** The program, as the user gave it (relative to the current folder, or absolute). */
  readonly file: string
  /** The program's own arguments: sys.argv[1:]. */
  readonly args: readonly string[]
  readonly json: boolean
  /** The chart after the output, as `run --timeline` draws it; null: `--no-timeline` (and `--json`). */
  readonly timeline: TimelineRequest | null
  /** Event-loop iterations before the run counts as a runaway; the engine's default when absent. */
  readonly maxIterations?: number
}

/** The program raised, would hang, or never ends: exit 1, as `python3 file.py` exits after a traceback. */
export class ProgramError extends AppError {
  readonly exitCode = 1
}

/** The JSON entry: `run --json`'s LessonReport, with nothing expected. */
export interface TraceReport {
  readonly ok: boolean
  readonly lessons: readonly [
    {
      readonly id: string
      readonly engine: 'python'
      readonly ok: boolean
      readonly total: { readonly actual: number; readonly expected: null }
      readonly lines: ReadonlyArray<{ readonly t: number; readonly expected_t: null; readonly text: string; readonly kind: LineKind; readonly ok: true }>
      /** A lesson's verified claims: a program of one's own makes none. */
      readonly headlines: readonly []
      readonly error: string | null
    },
  ]
}

/** The program file, or a UsageError naming the path: missing, or a folder. */
function checkProgramFile(path: string): void {
  let directory: boolean
  try {
    directory = statSync(path).isDirectory()
  } catch {
    throw new UsageError(bilingual('trace.missing', { path }))
  }
  if (directory) throw new UsageError(bilingual('trace.directory', { path: path.replace(/[\\/]+$/, '') }))
}

/**
 * A syntax error in the program file itself: Python compiled nothing, printed its message (no
 * `Traceback` header, since no frame ran) and the program wrote nothing.
 */
function syntaxMessage(trace: Trace, traceback: string | null): string | null {
  const { outcome } = trace
  if (outcome.kind !== 'exception' || traceback === null || traceback.startsWith('Traceback')) return null
  if (!['SyntaxError', 'IndentationError', 'TabError'].includes(outcome.type)) return null
  return trace.events.some((event) => event.kind === 'output') ? null : traceback
}

/** What the error paragraph says of a program that did not end normally; null when it did. */
function failure(file: string, outcome: Outcome, syntax: string | null): Bilingual | null {
  if (syntax !== null) {
    const intro = bilingual('trace.syntax', { file })
    return { en: `${intro.en}\n${syntax}`, zh: `${intro.zh}\n${syntax}` }
  }
  switch (outcome.kind) {
    case 'ok':
      return null
    case 'exception':
      return bilingual(outcome.type === 'SystemExit' ? 'trace.failed.exit' : 'trace.failed.exception', { file, line: outcome.line })
    case 'deadlock':
      return bilingual('trace.failed.deadlock', { file })
    case 'runaway':
      return bilingual('trace.failed.runaway', { file, iterations: outcome.iterations })
  }
}

const micros = (t: number): number => Math.round(t * 1e6) / 1e6

function report(file: string, trace: Trace, error: string | null): TraceReport {
  const lines = traceLines(trace)
  const ok = error === null
  return {
    ok,
    lessons: [
      {
        id: file,
        engine: 'python',
        ok,
        total: { actual: micros(totalTime(lines)), expected: null },
        lines: lines.map((line) => ({ t: micros(line.t), expected_t: null, text: line.text, kind: line.kind, ok: true })),
        headlines: [],
        error,
      },
    ],
  }
}

export async function traceCommand(options: TraceOptions, ctx: CommandContext): Promise<void> {
  const { ui } = ctx
  checkProgramFile(options.file)
  const file = basename(options.file)
  const run = await runCpython(options.file, {
    args: options.args,
    ...(options.maxIterations !== undefined && { maxIterations: options.maxIterations }),
    ...(options.timeline !== null && TIMELINE_EVENTS),
  })
  const { trace } = run
  const traceback = pythonTraceback(run.stderr, trace.events, trace.outcome)
  const syntax = syntaxMessage(trace, traceback)
  const error = failure(file, trace.outcome, syntax)

  if (options.json) {
    print(ctx, JSON.stringify(report(file, trace, error === null ? null : error[ui.tr.single]), null, 2))
  } else if (syntax === null) {
    const lines = traceLines(trace)
    const ending = traceEnding(trace.outcome, traceback, ui)
    print(ctx, [...traceOutput(file, lines, ui), '', ...traceTotal(totalTime(lines), ui), ...(ending.length > 0 ? ['', ...ending] : [])])
    // After the output, so that a chart that cannot be written still leaves the run on screen.
    if (options.timeline !== null) print(ctx, traceTimeline(trace, options.timeline, { name: file, stem: basename(file, extname(file)) }, ui))
    print(ctx, '')
  }
  if (error !== null) throw new ProgramError(error)
}
