/**
 * Styled text that can be wrapped: a line is a list of spans (text + optional styles). Wrapping
 * works on the plain text (width.ts) and the styles are re-applied per wrapped line, so colour
 * codes never count toward width and never straddle a line break.
 */
import { hardWrapRanges, wrapRanges, type Range } from './width.js'
import type { Style, StyleName } from './style.js'

export interface Span {
  readonly text: string
  readonly styles?: readonly StyleName[]
}

export const span = (text: string, ...styles: StyleName[]): Span => (styles.length === 0 ? { text } : { text, styles })

export function plain(spans: readonly Span[]): string {
  return spans.map((s) => s.text).join('')
}

/** The spans covering [start, end) of their plain text. */
export function slice(spans: readonly Span[], start: number, end: number): Span[] {
  const result: Span[] = []
  let offset = 0
  for (const s of spans) {
    const from = Math.max(start, offset)
    const to = Math.min(end, offset + s.text.length)
    if (from < to) result.push({ ...s, text: s.text.slice(from - offset, to - offset) })
    offset += s.text.length
  }
  return result
}

function byRanges(spans: readonly Span[], ranges: readonly Range[]): Span[][] {
  return ranges.map(([start, end]) => slice(spans, start, end))
}

/** Word-wraps a paragraph of spans to `width` columns. */
export function wrapSpans(spans: readonly Span[], width: number): Span[][] {
  return byRanges(spans, wrapRanges(plain(spans), width))
}

/** Cuts a line of spans (code) at `width` columns, keeping every space. */
export function hardWrapSpans(spans: readonly Span[], width: number): Span[][] {
  return byRanges(spans, hardWrapRanges(plain(spans), width))
}

export function render(spans: readonly Span[], style: Style): string {
  return spans
    .map((s) => (s.styles ?? []).reduce((text, name) => style[name](text), s.text))
    .join('')
}
