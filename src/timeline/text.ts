/**
 * The timeline as terminal lines: an axis in seconds, one row per thread and task, an output row
 * with a letter where lines printed, the key to those letters (each line with its time and who
 * printed it), the legend, and footnotes.
 *
 *   Timeline (virtual time)
 *                    0s         0.5s        1s         1.5s       2s
 *   Task-1 main      ●┄┄┄┄┄┄┄┄Task-2┄┄┄┄┄┄┄┄●┄┄┄┄┄┄┄Task-3┄┄┄┄┄┄┄┄✓
 *   Task-2 say_after ●───────sleep(1)───────✓
 *   Task-3 say_after ●──────────────────sleep(2)──────────────────✓
 *   output           a                      b                     c
 *
 *   a 0.000s  Task-1  started at 18:27:39
 *   b 1.000s  Task-2  hello
 *   ...
 *
 * Invariants: no line is wider than `columns` (measured by display width, CJK as two); time maps
 * to columns linearly, every instant at its own column (several in one column merge: an end beats a
 * run, which beats a span); spans fill the columns between, labelled with what they wait on when
 * the label fits; colour is only an extra: every mark has a glyph of its own (legend.ts).
 * Labels beside the bars when they leave the bars room (24 columns at least), else each label on a
 * line of its own above its bar. At most MAX_ROWS rows, the first ones (threads, then tasks in the
 * order they were created); a note counts the rest.
 */
import type { Translator } from '../ui/i18n.js'
import { figure, seconds } from '../ui/seconds.js'
import type { Style } from '../ui/style.js'
import { displayWidth, padEnd, truncate, wrap } from '../ui/width.js'
import { CellLine } from './canvas.js'
import { MARKS, markerLetter, marksUsed, rowLabel } from './legend.js'
import type { Print, Row, Timeline } from './model.js'

export interface TextOptions {
  readonly columns: number
  readonly style: Style
  readonly tr: Translator
}

const MIN_BARS = 24
/** Rows drawn at most: a program with thousands of tasks would bury its output; the SVG draws all. */
export const MAX_ROWS = 40
const INDENT = 2
/** From this width on, long labels are cut to stay beside the bars rather than stacked. */
const WIDE = 60

interface Layout {
  /** Columns of time: 0 is t=0, `bars - 1` the end. */
  readonly bars: number
  /** Columns after the bars, for the end time's label and the pending mark. */
  readonly margin: number
  /** Width of the label column beside the bars; null: labels stand on lines of their own. */
  readonly labelWidth: number | null
  readonly col: (t: number) => number
}

function layout(timeline: Timeline, labels: readonly string[], columns: number): Layout {
  const margin = Math.max(1, displayWidth(figure(timeline.end)) - 1)
  const widest = Math.max(...labels.map(displayWidth))
  // Beside the bars when the labels fit whole; on a wide terminal, cut to a third of it; else stacked.
  const labelWidth = columns - widest - 1 - margin >= MIN_BARS || columns < WIDE ? widest : Math.max(12, Math.floor(columns / 3))
  const beside = columns - labelWidth - 1 - margin >= MIN_BARS
  const bars = Math.max(2, beside ? columns - labelWidth - 1 - margin : columns - INDENT - margin)
  const end = timeline.end
  const col = (t: number): number => (end <= 0 ? 0 : Math.round((Math.min(t, end) / end) * (bars - 1)))
  return { bars, margin, labelWidth: beside ? labelWidth : null, col }
}

/** A tick every 1, 2 or 5 times a power of ten seconds: the smallest step whose labels do not touch. */
function tickStep(end: number, bars: number): number {
  const perSecond = (bars - 1) / end
  for (let exp = -3; exp <= 9; exp++) {
    for (const m of [1, 2, 5]) {
      const step = m * 10 ** exp
      const widest = Math.max(displayWidth(figure(step)), displayWidth(figure(Math.floor(end / step) * step)))
      if (step * perSecond >= Math.max(widest + 3, 10)) return step
    }
  }
  return end
}

function axis(timeline: Timeline, lay: Layout): CellLine {
  const line = new CellLine(lay.bars + lay.margin)
  const { end } = timeline
  const endAt = lay.col(end)
  line.put(endAt, figure(end), 'dim')
  if (end <= 0) return line
  const step = tickStep(end, lay.bars)
  let free = 0
  for (let k = 0; k * step < end - 1e-9; k++) {
    const t = Number((k * step).toFixed(6))
    const text = figure(t)
    const at = lay.col(t)
    // Two blanks at least before the end's label, which always shows.
    if (at < free || at + displayWidth(text) + 2 > endAt) continue
    free = line.put(at, text, 'dim') + 1
  }
  return line
}

function bar(row: Row, lay: Layout, end: number): CellLine {
  const line = new CellLine(lay.bars + lay.margin)
  for (const span of row.spans) {
    const mark = MARKS[span.kind]
    const from = lay.col(span.from)
    const to = lay.col(span.to)
    line.fill(from, to, mark.glyph, mark.style)
    const inside = to - from - 1
    if (span.label !== undefined && displayWidth(span.label) + 2 <= inside) {
      line.put(from + 1 + Math.floor((inside - displayWidth(span.label)) / 2), span.label, mark.style)
    }
  }
  // Ends last, so that an end wins its column over a run at the same time.
  const instants = [...row.instants].sort((a, b) => Number(a.kind !== 'run') - Number(b.kind !== 'run'))
  for (const instant of instants) line.put(lay.col(instant.t), MARKS[instant.kind].glyph, MARKS[instant.kind].style)
  if (row.pending) line.put(lay.col(end) + 1, MARKS.pending.glyph, MARKS.pending.style)
  return line
}

/** Output lines grouped by the column they print at, in time order. */
function printGroups(prints: readonly Print[], lay: Layout): Array<{ at: number; prints: Print[] }> {
  const groups: Array<{ at: number; prints: Print[] }> = []
  for (const print of prints) {
    const at = lay.col(print.t)
    const last = groups[groups.length - 1]
    if (last !== undefined && last.at === at) last.prints.push(print)
    else groups.push({ at, prints: [print] })
  }
  return groups
}

/** `a 0.000s  Task-1  started at 18:27:39`, one line per output line, cut to the width. */
function key(groups: ReadonlyArray<{ prints: readonly Print[] }>, columns: number, style: Style): string[] {
  const all = groups.flatMap((g) => g.prints)
  const byWidth = Math.max(0, ...all.map((p) => displayWidth(p.by)))
  const timeWidth = Math.max(0, ...all.map((p) => seconds(p.t).length))
  return groups.flatMap((group, i) =>
    group.prints.map((print, j) => {
      const head = `${j === 0 ? markerLetter(i) : ' '} ${seconds(print.t).padStart(timeWidth)}  ${padEnd(print.by, byWidth)}  `
      const text = truncate(print.text, columns - displayWidth(head))
      const painted = print.stream === 'stderr' ? style.yellow(text) : text
      return `${style.bold(head.slice(0, 1))}${style.dim(head.slice(1))}${painted}`.trimEnd()
    }),
  )
}

/** `● runs (takes no time)  ─ sleeps: a timer wakes it ...`, wrapped by whole items. */
function legend(timeline: Timeline, columns: number, style: Style, tr: Translator): string[] {
  const lines: string[] = []
  let line = ''
  let used = 0
  for (const kind of marksUsed(timeline)) {
    const mark = MARKS[kind]
    const words = truncate(tr.t(mark.words), columns - 2)
    const width = 2 + displayWidth(words)
    if (used > 0 && used + 2 + width > columns) {
      lines.push(line)
      line = ''
      used = 0
    }
    line += `${used > 0 ? '  ' : ''}${style[mark.style](mark.glyph)} ${style.dim(words)}`
    used += (used > 0 ? 2 : 0) + width
  }
  if (used > 0) lines.push(line)
  return lines
}

export function renderText(timeline: Timeline, { columns, style, tr }: TextOptions): string[] {
  const outputLabel = tr.t('timeline.output')
  const rows = timeline.rows.slice(0, MAX_ROWS)
  const labels = rows.map(rowLabel)
  const lay = layout(timeline, [...labels, outputLabel], columns)
  const groups = printGroups(timeline.prints, lay)
  const markers = new CellLine(lay.bars + lay.margin)
  groups.forEach((group, i) => markers.put(group.at, markerLetter(i), 'bold'))

  const chart: Array<[label: string, line: CellLine]> = [
    ...rows.map((row, i): [string, CellLine] => [labels[i]!, bar(row, lay, timeline.end)]),
    ...(groups.length > 0 ? [[outputLabel, markers] as [string, CellLine]] : []),
  ]
  const out: string[] = wrap(tr.t('timeline.heading'), columns).map((text) => style.bold(text))
  if (lay.labelWidth !== null) {
    const width = lay.labelWidth
    const pad = (text: string): string => text + ' '.repeat(width - displayWidth(text))
    out.push(' '.repeat(width + 1) + axis(timeline, lay).render(style))
    for (const [label, line] of chart) out.push(`${pad(truncate(label, width))} ${line.render(style)}`.trimEnd())
  } else {
    out.push(' '.repeat(INDENT) + axis(timeline, lay).render(style))
    for (const [label, line] of chart) out.push(truncate(label, columns), (' '.repeat(INDENT) + line.render(style)).trimEnd())
  }
  if (groups.length > 0) out.push('', ...key(groups, columns, style))
  const legendLines = legend(timeline, columns, style, tr)
  if (legendLines.length > 0) out.push('', ...legendLines)
  const notes = [
    ...(timeline.rows.length === 0 ? [tr.t('timeline.noTasks')] : []),
    ...(timeline.hidden > 0 ? [tr.t('timeline.hidden', { count: timeline.hidden })] : []),
    ...(timeline.rows.length > rows.length ? [tr.t('timeline.notDrawn', { count: timeline.rows.length - rows.length })] : []),
  ]
  if (notes.length > 0 && legendLines.length === 0) out.push('')
  for (const note of notes) out.push(...wrap(note, columns).map((text) => style.dim(text)))
  return out
}
