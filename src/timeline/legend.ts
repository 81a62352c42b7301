/**
 * What a timeline can show, one mark per kind, in the order the legend lists them, with the glyph
 * the text chart draws, the colour it paints it and the legend's words. The SVG chart draws shapes
 * of its own but lists the same kinds with the same words.
 *
 * Invariant: every glyph is one terminal column wide and distinct from the others, so the chart
 * reads without colour.
 */
import type { MessageKey } from '../ui/messages/en.js'
import type { StyleName } from '../ui/style.js'
import type { InstantKind, SpanKind, Timeline } from './model.js'

export type MarkKind = InstantKind | SpanKind | 'pending'

export interface Mark {
  readonly glyph: string
  readonly style: StyleName
  readonly words: MessageKey
}

export const MARKS: Readonly<Record<MarkKind, Mark>> = {
  run: { glyph: '●', style: 'bold', words: 'timeline.legend.run' },
  sleep: { glyph: '─', style: 'cyan', words: 'timeline.legend.sleep' },
  await: { glyph: '┄', style: 'yellow', words: 'timeline.legend.await' },
  blocked: { glyph: '▓', style: 'red', words: 'timeline.legend.blocked' },
  ready: { glyph: '·', style: 'gray', words: 'timeline.legend.ready' },
  done: { glyph: '✓', style: 'green', words: 'timeline.legend.done' },
  failed: { glyph: '!', style: 'red', words: 'timeline.legend.failed' },
  cancelled: { glyph: '✗', style: 'magenta', words: 'timeline.legend.cancelled' },
  pending: { glyph: '…', style: 'gray', words: 'timeline.legend.pending' },
}

const ORDER: readonly MarkKind[] = ['run', 'sleep', 'await', 'blocked', 'ready', 'done', 'failed', 'cancelled', 'pending']

/** The kinds a timeline actually shows, in legend order: a legend lists only what the chart has. */
export function marksUsed(timeline: Timeline): MarkKind[] {
  const used = new Set<MarkKind>()
  for (const row of timeline.rows) {
    for (const span of row.spans) used.add(span.kind)
    for (const instant of row.instants) used.add(instant.kind)
    if (row.pending) used.add('pending')
  }
  return ORDER.filter((kind) => used.has(kind))
}

/** A row's name on the chart: `Task-2 say_after`, `Thread-1 (worker)`. */
export function rowLabel(row: { readonly name: string; readonly coro?: string }): string {
  return row.coro === undefined ? row.name : `${row.name} ${row.coro}`
}

/** Marker letters for groups of output lines: a-z, then A-Z, then `*`. */
export function markerLetter(index: number): string {
  if (index < 26) return String.fromCharCode(97 + index)
  if (index < 52) return String.fromCharCode(65 + index - 26)
  return '*'
}
