/**
 * Explanations (explain.*.md) for the terminal: `##` headings, paragraphs, `-` lists, fenced code,
 * `inline code` and **bold**. Paragraphs are re-wrapped to the width; a line break inside a
 * paragraph becomes a space, except between two CJK characters, where it becomes nothing.
 *
 * Inline code keeps its backticks when there is no colour (they are what marks it as code then) and
 * loses them when it is coloured; bold markers always go.
 */
import { highlightPython } from './python.js'
import { hardWrapSpans, render, span, wrapSpans, type Span } from './spans.js'
import type { Style } from './style.js'
import { charWidth } from './width.js'

function inline(text: string, style: Style): Span[] {
  const spans: Span[] = []
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*/g
  let last = 0
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) spans.push(span(text.slice(last, match.index)))
    if (match[1] !== undefined) spans.push(style.enabled ? span(match[1], 'cyan') : span(match[0]))
    else spans.push(span(match[2]!, 'bold'))
    last = match.index + match[0].length
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
  let item: string[] | null = null
  const flushItem = (): void => {
    if (item === null) return
    const lines = wrapSpans(inline(joinLines(item), style), inner - 2)
    lines.forEach((line, i) => out.push(indent + (i === 0 ? '• ' : '  ') + render(line, style)))
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
    } else if (/^\s*[-*] /.test(row)) {
      paragraph(pending)
      flushItem()
      item = [row.replace(/^\s*[-*] /, '')]
    } else if (row.trim() === '') {
      paragraph(pending)
      flushItem()
      blank()
    } else if (item !== null) {
      item.push(row)
    } else {
      pending.push(row)
    }
  }
  paragraph(pending)
  flushItem()
  while (out.length > 0 && out[out.length - 1] === '') out.pop()
  return out
}
