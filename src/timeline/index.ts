/**
 * The timeline of a run: every task and thread against virtual time, drawn for a terminal or as an
 * SVG document. Pure (no Node APIs, no I/O): callers print the text or write the SVG themselves.
 * `run --timeline` and `trace` both draw through these two functions.
 */
import type { Trace } from '../scheduler/trace.js'
import { Translator, type LangChoice } from '../ui/i18n.js'
import type { Style } from '../ui/style.js'
import { buildTimeline } from './model.js'
import { renderSvg } from './svg.js'
import { renderText } from './text.js'

/** The chart as terminal text, lines joined by `\n` (no trailing newline), no line wider than `columns`. */
export function timelineText(trace: Trace, options: { columns: number; style: Style; lang: LangChoice }): string {
  return renderText(buildTimeline(trace), { columns: options.columns, style: options.style, tr: new Translator(options.lang) }).join('\n')
}

/** The chart as a standalone SVG document (XML, UTF-8), titled `title`. */
export function timelineSvg(trace: Trace, options: { title: string; lang: LangChoice }): string {
  return renderSvg(buildTimeline(trace), { title: options.title, tr: new Translator(options.lang) })
}
