/**
 * How a run compared with its lesson looks: the timed output with expected times and marks (the
 * player), one status line per lesson and engine with a diff of what differs (check), and times.
 */
import type { Bilingual } from '../../errors.js'
import type { LineResult } from '../../lessons/compare.js'
import type { EngineName, Evaluation } from '../../lessons/evaluate.js'
import { formatLine, type LineKind } from '../../lessons/expected.js'
import { bilingual } from '../../ui/i18n.js'
import type { MessageKey } from '../../ui/messages/en.js'
import type { StyleName } from '../../ui/style.js'
import { displayWidth, hardWrapRanges, padEnd, padStart, wrap } from '../../ui/width.js'
import type { Ui } from '../context.js'

/** `1.000s`: a measured time, to the millisecond. */
export function seconds(t: number): string {
  return `${t.toFixed(3)}s`
}

/** `2s`, `0.6s`: a headline figure, as the articles state it. */
export function headline(t: number): string {
  return `${Number(t.toFixed(3))}s`
}

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
 * `lines[i]` (the real-time player shows each line's rows at that line's time).
 */
export function outputRows(lines: readonly LineResult[], ui: Ui): { header: string; rows: string[][] } {
  const { style } = ui
  const labels = { time: ui.tr.t('run.column.time'), output: ui.tr.t('run.column.output'), expected: ui.tr.t('run.column.expected') }
  const times = lines.map((l) => (l.t === null ? '—' : `t=${seconds(l.t)}`))
  const timeWidth = Math.max(displayWidth(labels.time), ...times.map((t) => t.length))
  const expectedWidth = Math.max(displayWidth(labels.expected) - 2, ...lines.map((l) => (l.expected_t === null ? 1 : seconds(l.expected_t).length)))
  const textWidth = Math.max(12, ui.width - 2 - timeWidth - 2 - 2 - expectedWidth - 2)
  const header = style.dim(
    `  ${padEnd(labels.time, timeWidth)}  ${padEnd(labels.output, textWidth)}  ${padStart(labels.expected, expectedWidth + 2)}`,
  )
  const rows = lines.map((line, i) => {
    const out: string[] = []
    const kindStyle = KIND_STYLE[line.kind]
    const paint = (text: string): string => (line.t === null ? style.dim(text) : kindStyle ? style[kindStyle](text) : text)
    // Program output is shown exactly, indentation included: cut it, never reflow it.
    const text = lineText(line, ui)
    const wrapped = hardWrapRanges(text, textWidth).map(([start, end]) => text.slice(start, end))
    const expected = line.expected_t === null ? '—' : seconds(line.expected_t)
    const expectedCell = line.ok || line.t === null || line.expected_t === null ? style.dim(expected) : style.red(expected)
    wrapped.forEach((piece, j) => {
      const time = j === 0 ? padEnd(times[i]!, timeWidth) : ' '.repeat(timeWidth)
      const tail = j === 0 ? `  ${padStart(expectedCell, expectedWidth)} ${mark(line.ok, ui)}` : ''
      out.push(`  ${style.cyan(time)}  ${paint(padEnd(piece, textWidth))}${tail}`.trimEnd())
    })
    if (line.t === null) out.push(`  ${' '.repeat(timeWidth)}  ${style.red(`↑ ${ui.tr.t('run.missing')}`)}`)
    if (line.expected_t === null) out.push(`  ${' '.repeat(timeWidth)}  ${style.red(`↑ ${ui.tr.t('run.unexpected')}`)}`)
    return out
  })
  return { header, rows }
}

/** The output table as one block of rows. */
export function outputBlock(lines: readonly LineResult[], ui: Ui): string[] {
  const { header, rows } = outputRows(lines, ui)
  return [header, ...rows.flat()]
}

/** `Total 2.000s, headline 2s ✓`. */
export function totalLine(evaluation: Evaluation, ui: Ui): string[] {
  const total = evaluation.total
  if (total === null || total.actual === null) return []
  const ok = Math.abs(total.actual - total.expected) <= 0.001 + 1e-9
  const text = ui.tr.t('run.total', { actual: seconds(total.actual), expected: headline(total.expected) })
  return wrap(text, ui.width - 4).map((line, i, all) => (i === all.length - 1 ? `${ui.style.bold(line)} ${mark(ok, ui)}` : ui.style.bold(line)))
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
