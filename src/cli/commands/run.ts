/**
 * `asyncio-lessons run [lessons...]`: plays lessons. For each: the title bar, the program, its
 * output on the chosen engine with virtual times beside the expected ones, the total against the
 * lesson's headline, and the explanation. With `--json`, the check report instead.
 *
 * Ends with a MismatchError (exit 1) when a run differs from its lesson, after showing it.
 */
import { MismatchError } from '../../errors.js'
import { evaluate, type EngineName, type Evaluation } from '../../lessons/evaluate.js'
import { InvalidLessonError } from '../../lessons/problems.js'
import { buildReport } from '../../lessons/report.js'
import { selectLessons } from '../../lessons/select.js'
import { bilingual } from '../../ui/i18n.js'
import { print, type CommandContext } from '../context.js'
import { engineName, outputBlock, sentences, totalLine } from '../views/evaluation.js'
import { codeBlock, explanation, sectionHeading, titleBar } from '../views/lesson.js'

export interface RunOptions {
  readonly lessons: readonly string[]
  readonly engine: EngineName
  readonly code: boolean
  readonly explain: boolean
  readonly json: boolean
}

function show(evaluation: Evaluation, options: RunOptions, ctx: CommandContext): void {
  const { ui } = ctx
  const lesson = evaluation.entry.lesson!
  const lines: string[] = [...titleBar(evaluation.entry, ui), '']
  if (options.code) lines.push(...sectionHeading(ui.tr.t('run.code'), ui), ...codeBlock(lesson.source, ui), '')
  lines.push(...sectionHeading(ui.tr.t('run.output', { engine: engineName(evaluation.engine) }), ui))
  if (evaluation.error !== null) {
    lines.push(ui.style.red(`  ✗ ${ui.tr.t('run.failed')}`), ...sentences(evaluation.error, ui, '    '))
  } else {
    lines.push(...outputBlock(evaluation.comparison!.lines, ui), '', ...totalLine(evaluation, ui))
  }
  if (options.explain) lines.push('', ...sectionHeading(ui.tr.t('run.explanation'), ui), ...explanation(lesson, ui))
  lines.push('')
  print(ctx, lines)
}

export async function runCommand(options: RunOptions, ctx: CommandContext): Promise<void> {
  const library = await ctx.library({ programs: true })
  const entries = selectLessons(library.entries, options.lessons)
  for (const entry of entries) if (entry.lesson === null) throw new InvalidLessonError(entry.problems)
  const evaluations: Evaluation[] = []
  for (const entry of entries) {
    const evaluation = await evaluate(entry, options.engine, ctx.runEngine)
    evaluations.push(evaluation)
    if (!options.json) show(evaluation, options, ctx)
  }
  if (options.json) print(ctx, JSON.stringify(buildReport(evaluations, ctx.ui.tr.single), null, 2))
  const failed = evaluations.filter((e) => !e.ok).length
  if (failed > 0) throw new MismatchError(bilingual('run.mismatch', { count: failed, total: evaluations.length }))
}
