/**
 * What `--timeline`, `--timeline-format` and `--timeline-out` ask for, checked as argv is parsed.
 * Kept apart from the drawing (views/timeline.ts) so that parsing argv, which every command does,
 * never loads the chart's code.
 *
 * Invariant: an SVG request names its file or takes `<lesson-id>.timeline.svg` in the current folder.
 */
import { UsageError, type Bilingual } from '../../errors.js'
import { bilingual } from '../../ui/i18n.js'

export const TIMELINE_FORMATS = ['text', 'svg'] as const
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number]

export type TimelineRequest =
  /** The chart drawn in the terminal, after the output. */
  | { readonly format: 'text' }
  /** The chart written as an SVG file: `out` as given, else `<lesson-id>.timeline.svg`. */
  | { readonly format: 'svg'; readonly out?: string }

/**
 * The request from `--timeline-format` and `--timeline-out` (which implies svg); `hint` is the
 * usage hint's text. Throws a UsageError for a file asked for with the text format.
 */
export function timelineRequest(format: TimelineFormat, out: string | undefined, hint: Bilingual): TimelineRequest {
  if (format === 'svg') return out === undefined ? { format } : { format, out }
  if (out !== undefined) throw UsageError.withHint(bilingual('timeline.outNeedsSvg'), hint)
  return { format }
}

/** `--timeline-out` names one file: more lessons than one would overwrite it. */
export function checkTimelineTargets(request: TimelineRequest | undefined, lessons: number, hint: Bilingual): void {
  if (request?.format === 'svg' && request.out !== undefined && lessons > 1) throw UsageError.withHint(bilingual('timeline.outOneLesson', { count: lessons }), hint)
}

/** The file an SVG request writes for a lesson, as the user would type it. */
export function svgPath(request: { readonly out?: string }, lessonId: string): string {
  return request.out ?? `${lessonId}.timeline.svg`
}
