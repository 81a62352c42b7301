/**
 * How a run compared with its lesson looks: the timed output with expected times and marks (the
 * player), the total and the verified headlines, one status line per lesson and engine with a diff
 * of what differs (check), and times.
 */
import type { Bilingual } from '../../errors.js'
import type { LineResult } from '../../lessons/compare.js'
import type { EngineName, Evaluation } from '../../lessons/evaluate.js'
import { formatLine, type LineKind } from '../../lessons/expected.js'
import { describeActual, describeProof, type HeadlineResult } from '../../lessons/headlines.js'
import { figure, seconds } from '../../ui/seconds.js'
import { bilingual } from '../../ui/i18n.js'
import type { MessageKey } from '../../ui/messages/en.js'
import type { StyleName } from '../../ui/style.js'
import { displayWidth, hardWrapRanges, padEnd, padStart, wrap, wrapRanges } from '../../ui/width.js'
import type { Ui } from '../context.js'

const KIND_LABEL: Record<Exclude<LineKind, 'stdout'>, MessageKey> = {
  stderr: 'kind.stderr',
  warning: 'kind.warning',
  log: 'kind.log',
  exception: 'kind.exception',
  deadlock: 'kind.deadlock',
  runaway: 'kind.runaway',
}

const KIND_STYLE: Record<LineKind, StyleName | null> = {
  stdout: null,
  stderr: 'yellow',
  warning: 'yellow',
  log: 'yellow',
  exception: 'red',
  deadlock: 'red',
  runaway: 'red',
}

/** The text of a line as the player shows it: tagged lines get a label. */
function lineText(line: { kind: LineKind; text: string }, ui: Ui): string {
  return line.kind === 'stdout' ? line.text : `[${ui.tr.t(KIND_LABEL[line.kind])}] ${line.text}`
}

export function mark(ok: boolean, ui: Ui): string {
  return ok ? ui.style.green('✓') : ui.style.red('✗')
}

export function engineName(engine: EngineName): Bilingual {
  return bilingual(engine === 'embedded' ? 'engine.embedded' : 'engine.python')
}

/** Sentences in the shown languages, wrapped, each line prefixed. */
export function sentences(text: Bilingual, ui: Ui, prefix = '  '): string[] {
  const width = Math.max(10, ui.width - displayWidth(prefix))
  return ui.tr.lines(text).flatMap((t) => wrap(t, width)).map((line) => prefix + line)
}

/**
 * The player's output table: a header, then for each line `  t=1.000s  hello  ···  1.000s ✓`, the
 * text cut to its column, the expected time right-aligned beside it. `rows[i]` are the rows of
 * `lines[i]` (the real-time player shows each line's rows at that line's time). Without
 * `expected` (`trace`: a program with no lesson), only the time and the text, and no marks.
 */
export function outputRows(lines: readonly LineResult[], ui: Ui, { expected: compared = true } = {}): { header: string; rows: string[][] } {
  const { style } = ui
  const labels = { time: ui.tr.t('run.column.time'), output: ui.tr.t('run.column.output'), expected: ui.tr.t('run.column.expected') }
  const times = lines.map((l) => (l.t === null ? '—' : `t=${seconds(l.t)}`))
  const timeWidth = Math.max(displayWidth(labels.time), ...times.map((t) => t.length))
  const expectedWidth = Math.max(displayWidth(labels.expected) - 2, ...lines.map((l) => (l.expected_t === null ? 1 : seconds(l.expected_t).length)))
  const textWidth = Math.max(12, ui.width - 2 - timeWidth - 2 - (compared ? 2 + expectedWidth + 2 : 0))
  const header = style.dim(
    compared
      ? `  ${padEnd(labels.time, timeWidth)}  ${padEnd(labels.output, textWidth)}  ${padStart(labels.expected, expectedWidth + 2)}`
      : `  ${padEnd(labels.time, timeWidth)}  ${labels.output}`,
  )
  const rows = lines.map((line, i) => {
    const out: string[] = []
    const kindStyle = KIND_STYLE[line.kind]
    const paint = (text: string): string => (line.t === null ? style.dim(text) : kindStyle ? style[kindStyle](text) : text)
    // Program output is shown exactly, indentation included: cut it, never reflow it. The tool's own
    // lines (a warning, a deadlock report) are prose: wrap them at spaces.
    const text = lineText(line, ui)
    const programOutput = line.kind === 'stdout' || line.kind === 'stderr'
    const wrapped = (programOutput ? hardWrapRanges : wrapRanges)(text, textWidth).map(([start, end]) => text.slice(start, end))
    const expected = line.expected_t === null ? '—' : seconds(line.expected_t)
    const expectedCell = line.ok || line.t === null || line.expected_t === null ? style.dim(expected) : style.red(expected)
    wrapped.forEach((piece, j) => {
      const time = j === 0 ? padEnd(times[i]!, timeWidth) : ' '.repeat(timeWidth)
      const tail = j === 0 && compared ? `  ${padStart(expectedCell, expectedWidth)} ${mark(line.ok, ui)}` : ''
      out.push(`  ${style.cyan(time)}  ${paint(padEnd(piece, textWidth))}${tail}`.trimEnd())
    })
    if (compared && line.t === null) out.push(`  ${' '.repeat(timeWidth)}  ${style.red(`↑ ${ui.tr.t('run.missing')}`)}`)
    if (compared && line.expected_t === null) out.push(`  ${' '.repeat(timeWidth)}  ${style.red(`↑ ${ui.tr.t('run.unexpected')}`)}`)
    return out
  })
  return { header, rows }
}

/** The output table as one block of rows. */
export function outputBlock(lines: readonly LineResult[], ui: Ui, options: { expected?: boolean } = {}): string[] {
  const { header, rows } = outputRows(lines, ui, options)
  return [header, ...rows.flat()]
}

/**
 * `Total 2.000s, expected 2s ✓`, then each verified headline:
 * `  ✓ two tasks of 1 s and 2 s take 2 s (article 000)`, with what the run showed when it failed.
 */
export function totalLine(evaluation: Evaluation, ui: Ui): string[] {
  const total = evaluation.total
  if (total === null || total.actual === null) return []
  const ok = Math.abs(total.actual - total.expected) <= 0.001 + 1e-9
  const text = ui.tr.t('run.total', { actual: seconds(total.actual), expected: figure(total.expected) })
  const totalRows = wrap(text, ui.width - 4).map((line, i, all) => (i === all.length - 1 ? `${ui.style.bold(line)} ${mark(ok, ui)}` : ui.style.bold(line)))
  return [...totalRows, ...evaluation.headlines.flatMap((result) => headlineRows(result, ui))]
}

/** A headline's claim with its article: `two tasks take 2 s (article 000)`. */
function claimText(result: HeadlineResult): Bilingual {
  const { claim, source } = result.headline
  if (source === undefined) return claim
  const label = bilingual('headline.source', { id: source.slice(0, 3) })
  return { en: `${claim.en} ${label.en}`, zh: `${claim.zh}${label.zh}` }
}

/** Why a headline failed: what its proof says and what the run showed. */
function failureText(result: HeadlineResult): Bilingual {
  return bilingual('headline.why', { proof: describeProof(result.headline.proof), actual: describeActual(result) })
}

/** `  ✓ claim (article 000)`, wrapped under its text; a failed one says why beneath. */
function headlineRows(result: HeadlineResult, ui: Ui): string[] {
  const width = Math.max(10, ui.width - 4)
  const rows = ui.tr.lines(claimText(result)).flatMap((text, n) =>
    wrap(text, width).map((line, i) => `  ${n === 0 && i === 0 ? mark(result.ok, ui) : ' '} ${line}`),
  )
  if (!result.ok) rows.push(...ui.tr.lines(failureText(result)).flatMap((text) => wrap(text, width).map((line) => `    ${ui.style.red(line)}`)))
  return rows
}

/** check's report of each failed headline, with the file and field it is declared in and why. */
export function headlineFailures(evaluation: Evaluation, ui: Ui): string[] {
  const file = `${evaluation.entry.display}/lesson.ts`
  return evaluation.headlines
    .filter((result) => !result.ok)
    .flatMap((result) => {
      const text = bilingual('headline.failed', { file, field: `headlines[${result.index}]`, claim: claimText(result), why: failureText(result) })
      return sentences(text, ui, '    ').map((line) => ui.style.red(line))
    })
}

/** Only the lines that differ, as `expected [  1.000] hello` over `actual   [  2.000] hello`. */
export function diffBlock(lines: readonly LineResult[], ui: Ui): string[] {
  const { style, tr } = ui
  const expectedLabel = tr.t('check.expected')
  const actualLabel = tr.t('check.actual')
  const labelWidth = Math.max(displayWidth(expectedLabel), displayWidth(actualLabel))
  const out: string[] = []
  lines.forEach((line, i) => {
    if (line.ok) return
    const expected = line.expected_t === null ? '—' : formatLine({ t: line.expected_t, kind: line.kind, text: line.text })
    const actual = line.t === null ? '—' : formatLine({ t: line.t, kind: line.kind, text: line.text })
    const number = `#${i + 1}`
    out.push(`    ${style.dim(number.padEnd(4))} ${padEnd(expectedLabel, labelWidth)} ${style.green(expected)}`)
    out.push(`    ${' '.repeat(4)} ${padEnd(actualLabel, labelWidth)} ${style.red(actual)}`)
  })
  return out
}
