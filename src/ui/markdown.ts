/**
 * Explanations (explain.*.md) for the terminal: `##` headings, paragraphs, `-` and `1.` lists, fenced
 * code, `inline code`, **bold** and *italics* (or _italics_). Paragraphs are re-wrapped to the width;
 * a line break inside a paragraph becomes a space, except between two CJK characters, where it
 * becomes nothing. A list item wraps under its own text (a hanging indent as wide as its marker).
 *
 * Inline code keeps its backticks when there is no colour (they are what marks it as code then) and
 * loses them when it is coloured; bold and italic markers always go. Nothing inside a code span is
 * markup, and a `*` or `_` is only an italic marker when it hugs a word on the inside and no
 * letter or digit sits outside it (see INLINE): `a * b`, `2*3*4` and `run_until_complete` stay as
 * written.
 */
import { highlightPython } from './python.js'
import { hardWrapSpans, render, span, wrapSpans, type Span } from './spans.js'
import type { Style } from './style.js'
import { charWidth } from './width.js'

/**
 * Code spans first, so that nothing inside them is read as markup; then bold; then italics. A `*`
 * italic may touch CJK text (`这是*重点*`) but not an ASCII letter or digit outside it (`2*3*4`); an
 * `_` italic touches no letter or digit outside it at all (`run_until_complete`).
 */
const INLINE =
  /`([^`]+)`|\*\*([^*]+)\*\*|(?<![*A-Za-z0-9])\*([^*\s`](?:[^*`]*[^*\s`])?)\*(?![*A-Za-z0-9])|(?<![_\p{L}\p{N}])_([^_\s`](?:[^_`]*[^_\s`])?)_(?![_\p{L}\p{N}])/gu

function inline(text: string, style: Style): Span[] {
  const spans: Span[] = []
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) spans.push(span(text.slice(last, match.index)))
    const [whole, code, bold, starItalic, underscoreItalic] = match
    if (code !== undefined) spans.push(style.enabled ? span(code, 'cyan') : span(whole))
    else if (bold !== undefined) spans.push(span(bold, 'bold'))
    else spans.push(span((starItalic ?? underscoreItalic)!, 'italic'))
    last = match.index + whole.length
  }
  if (last < text.length) spans.push(span(text.slice(last)))
  return spans
}

function isWide(char: string | undefined): boolean {
  return char !== undefined && charWidth(char) === 2
}

/** Joins the source lines of one paragraph. */
function joinLines(lines: readonly string[]): string {
  return lines.reduce((joined, line) => {
    const next = line.trim()
    if (joined === '') return next
    const glue = isWide([...joined].pop()) && isWide([...next][0]) ? '' : ' '
    return joined + glue + next
  }, '')
}

const BULLET = /^\s*[-*] /
/** `1. ` or `1) `: the number is kept as written. */
const NUMBERED = /^\s*(\d{1,9})[.)] /

export interface MarkdownOptions {
  readonly width: number
  readonly style: Style
  /** Prefix of every line (an indent). */
  readonly indent?: string
}

export function renderMarkdown(source: string, { width, style, indent = '' }: MarkdownOptions): string[] {
  const out: string[] = []
  const inner = Math.max(10, width - indent.length)
  const blank = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('')
  }
  const paragraph = (lines: string[]): void => {
    if (lines.length === 0) return
    for (const line of wrapSpans(inline(joinLines(lines), style), inner)) out.push(indent + render(line, style))
    lines.length = 0
  }
  const rows = source.replace(/\r\n/g, '\n').split('\n')
  const pending: string[] = []
  // The list item being read: its marker (`• `, `2. `) and its source lines.
  let item: { marker: string; lines: string[] } | null = null
  const flushItem = (): void => {
    if (item === null) return
    const hang = ' '.repeat(item.marker.length)
    const lines = wrapSpans(inline(joinLines(item.lines), style), Math.max(1, inner - hang.length))
    lines.forEach((line, i) => out.push(indent + (i === 0 ? item!.marker : hang) + render(line, style)))
    item = null
  }
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!
    if (row.startsWith('```')) {
      paragraph(pending)
      flushItem()
      blank()
      for (i++; i < rows.length && !rows[i]!.startsWith('```'); i++) {
        for (const line of hardWrapSpans(highlightPython(rows[i]!), inner - 4)) out.push(indent + '    ' + render(line, style))
      }
      blank()
    } else if (/^#{1,6} /.test(row)) {
      paragraph(pending)
      flushItem()
      blank()
      const title = row.replace(/^#+ /, '')
      for (const line of wrapSpans(inline(title, style), inner)) out.push(indent + render(line.map((s) => ({ ...s, styles: ['bold', ...(s.styles ?? [])] })), style))
    } else if (BULLET.test(row) || NUMBERED.test(row)) {
      paragraph(pending)
      flushItem()
      const numbered = NUMBERED.exec(row)
      item = numbered === null ? { marker: '• ', lines: [row.replace(BULLET, '')] } : { marker: `${numbered[1]}. `, lines: [row.slice(numbered[0].length)] }
    } else if (row.trim() === '') {
      paragraph(pending)
      flushItem()
      blank()
    } else if (item !== null) {
      item.lines.push(row)
    } else {
      pending.push(row)
    }
  }
  paragraph(pending)
  flushItem()
  while (out.length > 0 && out[out.length - 1] === '') out.pop()
  return out
}
