/**
 * `asyncio-lessons run [lessons...]`: plays lessons. For each: the title bar, the program, its
 * output on the chosen engine with virtual times beside the expected ones, the total against the
 * lesson's headline, and the explanation. With `--json`, the check report instead.
 *
 * With `--realtime` the output lines appear at the pace the program ran (`--speed` times faster):
 * a replay of the run's recorded trace, never a second run, so what is shown is exactly what was
 * compared. Ctrl-C stops the replay with a StoppedError (exit 130).
 *
 * With `--timeline` the run's trace is charted after the total (src/timeline/), or with
 * `--timeline-format svg` written to a file (before anything is shown: a file that cannot be written
 * is a usage error, exit 2, with no half-shown lesson).
 *
 * Ends with a MismatchError (exit 1) when a run differs from its lesson, after showing it.
 */
import { MismatchError } from '../../errors.js'
import { evaluate, type EngineName, type Evaluation, type RecordingOptions, type RunEngine } from '../../lessons/evaluate.js'
import { InvalidLessonError } from '../../lessons/problems.js'
import { buildReport } from '../../lessons/report.js'
import { selectLessons } from '../../lessons/select.js'
import type { Trace } from '../../scheduler/trace.js'
import { bilingual } from '../../ui/i18n.js'
import { BIN } from '../argv.js'
import { print, type CommandContext } from '../context.js'
import { play, type Beat } from '../playback/realtime.js'
import { waitsAt, waitTimeline } from '../playback/waits.js'
import { pipedTerminal, type LiveTerminal } from '../terminal/live.js'
import { engineName, outputBlock, outputRows, sentences, totalLine } from '../views/evaluation.js'
import { codeBlock, explanation, sectionHeading, titleBar } from '../views/lesson.js'
import { pauseStatus } from '../views/pause.js'
import { svgTitle, timelineLines } from '../views/timeline.js'
import { checkTimelineTargets, type TimelineRequest } from '../views/timeline-request.js'

export interface RunOptions {
  readonly lessons: readonly string[]
  readonly engine: EngineName
  readonly code: boolean
  readonly explain: boolean
  readonly json: boolean
  /** Play at the program's pace, `speed` times faster; absent: everything at once. */
  readonly realtime?: { readonly speed: number }
  /** `--timeline`: after the output, the chart in the terminal or written to an SVG file. */
  readonly timeline?: TimelineRequest
}

/** The title bar, the program, and the output's heading. */
function opening(evaluation: Evaluation, options: RunOptions, ctx: CommandContext): string[] {
  const { ui } = ctx
  const lines: string[] = [...titleBar(evaluation.entry, ui), '']
  if (options.code) lines.push(...sectionHeading(ui.tr.t('run.code'), ui), ...codeBlock(evaluation.entry.lesson!.source, ui), '')
  lines.push(...sectionHeading(ui.tr.t('run.output', { engine: engineName(evaluation.engine) }), ui))
  return lines
}

/** The total, the timeline's lines if asked for, and the explanation. */
function closing(evaluation: Evaluation, options: RunOptions, ctx: CommandContext, timeline: readonly string[]): string[] {
  const { ui } = ctx
  const lines: string[] = evaluation.error === null ? ['', ...totalLine(evaluation, ui)] : []
  lines.push(...timeline)
  if (options.explain) lines.push('', ...sectionHeading(ui.tr.t('run.explanation'), ui), ...explanation(evaluation.entry.lesson!, ui))
  lines.push('')
  return lines
}

function show(evaluation: Evaluation, options: RunOptions, ctx: CommandContext, timeline: readonly string[]): void {
  const { ui } = ctx
  const output =
    evaluation.error === null
      ? outputBlock(evaluation.comparison!.lines, ui)
      : [ui.style.red(`  ✗ ${ui.tr.t('run.failed')}`), ...sentences(evaluation.error, ui, '    ')]
  print(ctx, [...opening(evaluation, options, ctx), ...output, ...closing(evaluation, options, ctx, timeline)])
}

/** Shows the run with each output line at its time: the trace replayed, `speed` times faster. */
async function replay(evaluation: Evaluation, trace: Trace, speed: number, options: RunOptions, ctx: CommandContext, live: LiveTerminal, chart: readonly string[]): Promise<void> {
  const { ui } = ctx
  const lines = evaluation.comparison!.lines
  const { header, rows } = outputRows(lines, ui)
  // A line missing from the run shows with the line before it.
  let t = 0
  const beats: Beat[] = lines.map((line, i) => ({ t: (t = line.t ?? t), rows: rows[i]! }))
  const timeline = waitTimeline(trace.events)
  print(ctx, [...opening(evaluation, options, ctx), header])
  await live.interruptible(async (signal) =>
    play(beats, {
      speed,
      clock: live.clock,
      spinner: await live.spinner({ color: ui.style.enabled }),
      status: (now) => pauseStatus(now, waitsAt(timeline, now), ui),
      write: (beat) => print(ctx, beat),
      signal,
    }),
  )
  print(ctx, closing(evaluation, options, ctx, chart))
}

export async function runCommand(options: RunOptions, ctx: CommandContext): Promise<void> {
  const library = await ctx.library({ programs: true })
  const entries = selectLessons(library.entries, options.lessons)
  for (const entry of entries) if (entry.lesson === null) throw new InvalidLessonError(entry.problems)
  checkTimelineTargets(options.timeline, entries.length, bilingual('error.hint', { command: `${BIN} run` }))
  const live = ctx.live ?? pipedTerminal()
  const evaluations: Evaluation[] = []
  for (const entry of entries) {
    let trace: Trace | null = null
    // The timeline and the real-time spinner read the schedule (task and thread events), which
    // CPython records only when asked.
    const recorded: RecordingOptions = options.timeline !== undefined || options.realtime !== undefined ? { record: 'schedule' } : {}
    const recording: RunEngine = async (lesson, engine) => (trace = await ctx.runEngine(lesson, engine, recorded))
    const evaluation = await evaluate(entry, options.engine, recording)
    evaluations.push(evaluation)
    if (options.json) continue
    // The SVG is written before anything is shown, so that a file that cannot be written stops the run cleanly.
    const chart = options.timeline !== undefined && trace !== null ? timelineLines(trace, options.timeline, { id: evaluation.entry.id, title: svgTitle(evaluation.entry, ctx.ui.tr) }, ctx.ui) : []
    if (options.realtime !== undefined && evaluation.error === null && trace !== null) {
      await replay(evaluation, trace, options.realtime.speed, options, ctx, live, chart)
    } else {
      show(evaluation, options, ctx, chart)
    }
  }
  if (options.json) print(ctx, JSON.stringify(buildReport(evaluations, ctx.ui.tr.single), null, 2))
  const failed = evaluations.filter((e) => !e.ok).length
  if (failed > 0) throw new MismatchError(bilingual('run.mismatch', { count: failed, total: evaluations.length }))
}
