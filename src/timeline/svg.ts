/**
 * The timeline as a standalone SVG document, for slides and notes: the same rows, marks, output
 * letters, key and legend as the text chart, drawn with shapes instead of glyphs.
 *
 * Invariants: the document is well-formed XML (every text escaped, characters XML forbids dropped);
 * the viewBox holds all of the content (text widths estimated from display width, CJK as two
 * columns, at 0.6 em a column as monospace fonts draw it); the font list names monospace fonts
 * with CJK ones after them, so Chinese labels render wherever any CJK font is installed.
 */
import type { Translator } from '../ui/i18n.js'
import { figure, seconds } from '../ui/seconds.js'
import type { StyleName } from '../ui/style.js'
import { displayWidth } from '../ui/width.js'
import { MARKS, markerLetter, marksUsed, rowLabel, type MarkKind } from './legend.js'
import type { Instant, Print, Row, Span, Timeline } from './model.js'

export interface SvgOptions {
  readonly title: string
  readonly tr: Translator
}

const FONT = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', 'Noto Sans Mono CJK SC', 'Sarasa Mono SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', monospace"
const SIZE = 13
const COLUMN = SIZE * 0.6
const PAD = 16
const ROW = 26
const BARS = 640

const COLOURS: Readonly<Record<StyleName, string>> = {
  bold: '#222222',
  dim: '#777777',
  italic: '#222222',
  red: '#cc3d33',
  green: '#2e9a44',
  yellow: '#c08400',
  blue: '#2f6fd0',
  magenta: '#a93aa9',
  cyan: '#1b8fc4',
  gray: '#9a9a9a',
}

const colour = (kind: MarkKind): string => COLOURS[MARKS[kind].style]

/** Text as XML character data or an attribute value: escaped, and without the characters XML 1.0 forbids. */
function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- exactly the control characters XML 1.0 cannot hold
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      // a lone surrogate (half a character) cannot be encoded either
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  )
}

const textWidth = (text: string, size = SIZE): number => displayWidth(text) * size * 0.6
const num = (n: number): string => String(Math.round(n * 10) / 10)

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${num(x)}" y="${num(y)}"${attrs ? ' ' + attrs : ''}>${xmlText(content)}</text>`
}

/** The shape of a mark, centred on (x, y): the legend and the rows draw the same. */
function instantShape(kind: Instant['kind'] | 'pending', x: number, y: number): string {
  const c = colour(kind)
  switch (kind) {
    case 'run':
      return `<circle cx="${num(x)}" cy="${num(y)}" r="4" fill="${c}"/>`
    case 'done':
      return `<circle cx="${num(x)}" cy="${num(y)}" r="6" fill="${c}"/><path d="M${num(x - 3)} ${num(y)}l2 2.5 4-5" stroke="#fff" stroke-width="1.6" fill="none"/>`
    case 'failed':
      return `<path d="M${num(x)} ${num(y - 7)}l7 7-7 7-7-7z" fill="${c}"/><path d="M${num(x)} ${num(y - 4)}v5m0 2v1.5" stroke="#fff" stroke-width="1.6"/>`
    case 'cancelled':
      return `<path d="M${num(x - 5)} ${num(y - 5)}l10 10m0-10l-10 10" stroke="${c}" stroke-width="2.5"/>`
    case 'pending':
      return `<path d="M${num(x - 3)} ${num(y - 5)}l7 5-7 5z" fill="${c}"/>`
  }
}

function spanShape(kind: Span['kind'], x1: number, x2: number, y: number): string {
  const c = colour(kind)
  const line = (extra: string): string => `<line x1="${num(x1)}" y1="${num(y)}" x2="${num(x2)}" y2="${num(y)}" stroke="${c}" ${extra}/>`
  switch (kind) {
    case 'sleep':
      return line('stroke-width="3"')
    case 'await':
      return line('stroke-width="2.5" stroke-dasharray="6 4"')
    case 'ready':
      return line('stroke-width="2.5" stroke-dasharray="1 4" stroke-linecap="round"')
    case 'blocked':
      return `<rect x="${num(x1)}" y="${num(y - 6)}" width="${num(Math.max(1, x2 - x1))}" height="12" fill="${c}" opacity="0.85"/>`
  }
}

function markShape(kind: MarkKind, x: number, y: number): string {
  return kind === 'sleep' || kind === 'await' || kind === 'ready' || kind === 'blocked' ? spanShape(kind, x - 9, x + 9, y) : instantShape(kind, x, y)
}

function tickStep(end: number, perSecond: number): number {
  for (let exp = -3; exp <= 9; exp++) for (const m of [1, 2, 5]) if (m * 10 ** exp * perSecond >= 80) return m * 10 ** exp
  return end
}

export function renderSvg(timeline: Timeline, { title, tr }: SvgOptions): string {
  const { end, rows } = timeline
  const outputLabel = tr.t('timeline.output')
  const labels = rows.map(rowLabel)
  const left = PAD + Math.max(...[...labels, outputLabel].map((l) => textWidth(l))) + 16
  const x = (t: number): number => left + (end <= 0 ? 0 : (Math.min(t, end) / end) * BARS)
  const parts: string[] = []
  let y = PAD + 16
  parts.push(text(PAD, y, title, 'font-size="16" font-weight="bold"'))
  y += 22
  parts.push(text(PAD, y, tr.t('timeline.heading'), `fill="${COLOURS.dim}"`))

  // The axis: a line with ticks, labelled in seconds; the end always labelled.
  y += 26
  const axisY = y
  parts.push(`<line x1="${num(left)}" y1="${axisY}" x2="${num(left + BARS)}" y2="${axisY}" stroke="#bbbbbb"/>`)
  const ticks: number[] = [end]
  if (end > 0) {
    const step = tickStep(end, BARS / end)
    for (let k = 0; k * step < end - 1e-9; k++) if (x(end) - x(k * step) >= 40) ticks.push(Number((k * step).toFixed(6)))
  }
  for (const t of ticks) {
    parts.push(`<line x1="${num(x(t))}" y1="${axisY - 4}" x2="${num(x(t))}" y2="${axisY + 4}" stroke="#bbbbbb"/>`)
    parts.push(text(x(t), axisY - 8, figure(t), `text-anchor="middle" font-size="11" fill="${COLOURS.dim}"`))
  }

  // The rows, each on a faint guide line.
  y = axisY + ROW
  const drawRow = (label: string, body: string[]): void => {
    parts.push(text(PAD, y + 4, label))
    parts.push(`<line x1="${num(left)}" y1="${y}" x2="${num(left + BARS)}" y2="${y}" stroke="#eeeeee"/>`)
    parts.push(...body)
    y += ROW
  }
  rows.forEach((row, i) => drawRow(labels[i]!, rowShapes(row, x, y, end)))

  // The output row: a lettered marker where lines printed, lines less than a marker apart merged.
  const groups: Array<{ x: number; prints: Print[] }> = []
  for (const print of timeline.prints) {
    const last = groups[groups.length - 1]
    if (last !== undefined && x(print.t) - last.x < 14) last.prints.push(print)
    else groups.push({ x: x(print.t), prints: [print] })
  }
  if (groups.length > 0) {
    const markerY = y
    drawRow(
      outputLabel,
      groups.flatMap((g, i) => [
        `<circle cx="${num(g.x)}" cy="${markerY}" r="7" fill="#ffffff" stroke="#444444"/>`,
        text(g.x, markerY + 4, markerLetter(i), 'text-anchor="middle" font-size="11" font-weight="bold"'),
      ]),
    )
  }
  let right = left + BARS + PAD + 40

  // The key: each output line with its time and who printed it.
  y += 6
  const all = groups.flatMap((g) => g.prints)
  const byWidth = Math.max(0, ...all.map((p) => displayWidth(p.by)))
  const timeWidth = Math.max(0, ...all.map((p) => seconds(p.t).length))
  groups.forEach((group, i) =>
    group.prints.forEach((print, j) => {
      const head = `${j === 0 ? markerLetter(i) : ' '} ${seconds(print.t).padStart(timeWidth)}  ${print.by}`
      const at = PAD + (timeWidth + byWidth + 6) * COLUMN
      parts.push(text(PAD, y, head, `xml:space="preserve" fill="${COLOURS.dim}"`))
      parts.push(text(at, y, print.text, `xml:space="preserve"${print.stream === 'stderr' ? ` fill="${COLOURS.yellow}"` : ''}`))
      right = Math.max(right, at + textWidth(print.text) + PAD)
      y += 18
    }),
  )

  // The legend, wrapped at the chart's width, then the footnotes.
  y += 14
  let lx = PAD
  for (const kind of marksUsed(timeline)) {
    const words = tr.t(MARKS[kind].words)
    const width = 26 + textWidth(words, 12)
    if (lx > PAD && lx + width > left + BARS) {
      lx = PAD
      y += 20
    }
    parts.push(markShape(kind, lx + 10, y - 4), text(lx + 24, y, words, 'font-size="12"'))
    right = Math.max(right, lx + width + PAD)
    lx += width + 16
  }
  const notes = [...(rows.length === 0 ? [tr.t('timeline.noTasks')] : []), ...(timeline.hidden > 0 ? [tr.t('timeline.hidden', { count: timeline.hidden })] : [])]
  for (const note of notes) {
    y += 20
    parts.push(text(PAD, y, note, `font-size="12" fill="${COLOURS.dim}"`))
    right = Math.max(right, PAD + textWidth(note, 12) + PAD)
  }
  right = Math.max(right, PAD + textWidth(title, 16) + PAD)
  const height = y + PAD
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.ceil(right)} ${Math.ceil(height)}" width="${Math.ceil(right)}" height="${Math.ceil(height)}" font-family="${xmlText(FONT)}" font-size="${SIZE}" fill="${COLOURS.bold}">`,
    `<title>${xmlText(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n')
}

function rowShapes(row: Row, x: (t: number) => number, y: number, end: number): string[] {
  const shapes: string[] = []
  for (const span of row.spans) {
    shapes.push(spanShape(span.kind, x(span.from), x(span.to), y))
    if (span.label !== undefined && textWidth(span.label, 10) + 8 <= x(span.to) - x(span.from)) {
      shapes.push(text((x(span.from) + x(span.to)) / 2, y - 7, span.label, `text-anchor="middle" font-size="10" fill="${colour(span.kind)}"`))
    }
  }
  const instants = [...row.instants].sort((a, b) => Number(a.kind !== 'run') - Number(b.kind !== 'run'))
  for (const instant of instants) shapes.push(instantShape(instant.kind, x(instant.t), y))
  if (row.pending) shapes.push(instantShape('pending', x(end) + 10, y))
  return shapes
}
