/**
 * `asyncio-lessons check [lessons...] [--engine embedded|python|all] [--json]`: runs lessons on the
 * engines and compares each trace with the lesson's expected.out (lines, order, time within 1 ms)
 * and with its headlines (the articles' results, each measured on the trace). Invalid lessons,
 * badly named folders and failed headlines are failures reported with their file and field.
 *
 * Exit status: MismatchError (1) when anything fails; an EngineUnavailableError (3) from the
 * evaluation when python3 is missing; a UsageError (2) for an unknown lesson name.
 */
import { MismatchError } from '../../errors.js'
import { evaluateAll, type EngineName, type Evaluation } from '../../lessons/evaluate.js'
import { problemText } from '../../lessons/problems.js'
import { buildReport } from '../../lessons/report.js'
import { selectLessons } from '../../lessons/select.js'
import { bilingual } from '../../ui/i18n.js'
import { padEnd } from '../../ui/width.js'
import { print, type CommandContext } from '../context.js'
import { seconds } from '../../ui/seconds.js'
import { diffBlock, headlineFailures, mark, sentences } from '../views/evaluation.js'

export interface CheckOptions {
  readonly lessons: readonly string[]
  readonly engines: readonly EngineName[]
  readonly json: boolean
}

function statusLines(evaluation: Evaluation, idWidth: number, ctx: CommandContext): string[] {
  const { ui } = ctx
  const head = `${mark(evaluation.ok, ui)} ${padEnd(evaluation.entry.id, idWidth)}  ${padEnd(evaluation.engine, 8)}`
  if (evaluation.error !== null) return [head, ...sentences(evaluation.error, ui, '    ')]
  const comparison = evaluation.comparison!
  const facts = [
    ui.tr.t('check.lines', { count: comparison.lines.length }),
    ui.tr.t('check.total', { actual: seconds(evaluation.total!.actual!) }),
  ]
  const headlines = evaluation.headlines
  if (headlines.length > 0) facts.push(ui.tr.t('check.headlines', { ok: headlines.filter((h) => h.ok).length, count: headlines.length }))
  return [`${head}  ${ui.style.dim(facts.join(' · '))}`, ...diffBlock(comparison.lines, ui), ...headlineFailures(evaluation, ui)]
}

export async function checkCommand(options: CheckOptions, ctx: CommandContext): Promise<void> {
  const { ui } = ctx
  const library = await ctx.library({ programs: true })
  const entries = selectLessons(library.entries, options.lessons)
  const folderProblems = options.lessons.length === 0 ? library.problems : []
  const pairs = entries.flatMap((entry) => options.engines.map((engine) => [entry, engine] as const))
  const evaluations = await evaluateAll(pairs, ctx.runEngine)
  const count = evaluations.length + folderProblems.length
  const failed = evaluations.filter((e) => !e.ok).length + folderProblems.length

  if (options.json) {
    const report = buildReport(evaluations, ui.tr.single)
    const ok = report.ok && folderProblems.length === 0
    const problems = folderProblems.map((p) => problemText(p)[ui.tr.single])
    print(ctx, JSON.stringify({ ...report, ok, ...(problems.length > 0 ? { problems } : {}) }, null, 2))
  } else {
    const idWidth = Math.max(0, ...entries.map((e) => e.id.length))
    for (const evaluation of evaluations) print(ctx, statusLines(evaluation, idWidth, ctx))
    if (folderProblems.length > 0) {
      print(ctx, [ui.style.red(`✗ ${ui.tr.t('check.problems')}`), ...folderProblems.flatMap((p) => sentences(problemText(p), ui, '    '))])
    }
    // `N passed, N failed` alone on the last line: the form CI logs are read for.
    const summary = ui.tr.t('check.summary', { passed: count - failed, failed })
    print(ctx, failed === 0 ? ui.style.green(summary) : ui.style.red(summary))
  }
  if (failed > 0) throw new MismatchError(bilingual('check.failed', { failed, count }))
}
