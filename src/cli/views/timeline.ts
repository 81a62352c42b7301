/**
 * `run --timeline` and `trace`: the lines shown for the timeline after the output, the chart itself
 * being src/timeline/: the chart in the terminal, or an SVG file written and where it went. What
 * the user asked for is timeline-request.ts's.
 *
 * Invariant: a file that cannot be written is a usage error (exit 2) naming the file and the reason.
 */
import { writeFileSync } from 'node:fs'
import { UsageError } from '../../errors.js'
import type { LessonEntry } from '../../lessons/loader.js'
import type { Trace } from '../../scheduler/trace.js'
import { timelineSvg, timelineText } from '../../timeline/index.js'
import { bilingual, type Translator } from '../../ui/i18n.js'
import type { Ui } from '../context.js'
import { svgPath, type TimelineRequest } from './timeline-request.js'

/** What the SVG is written for: `id` names the default file (`<id>.timeline.svg`), `title` titles the chart. */
export interface SvgTarget {
  readonly id: string
  readonly title: string
}

/**
 * The lines after the output, after a blank line: the chart, or `Timeline written to
 * 03-create-task.timeline.svg` once the SVG is written (a UsageError when it cannot be).
 */
export function timelineLines(trace: Trace, request: TimelineRequest, target: SvgTarget, ui: Ui): string[] {
  if (request.format === 'text') return ['', ...timelineText(trace, { columns: ui.width, style: ui.style, lang: ui.tr.choice }).split('\n')]
  const path = svgPath(request, target.id)
  try {
    writeFileSync(path, timelineSvg(trace, { title: target.title, lang: ui.tr.choice }))
  } catch (error) {
    throw cannotWriteError(path, error)
  }
  return ['', ui.tr.t('timeline.written', { path: ui.style.bold(path) })]
}

/** The error for a file that could not be written, with the system's reason (`ENOENT: no such file or directory`). */
function cannotWriteError(path: string, error: unknown): UsageError {
  const reason = error instanceof Error ? error.message.replace(/, open '.*'$/, '') : String(error)
  return new UsageError(bilingual('timeline.cannotWrite', { path, reason }))
}

/** The SVG's title: `Lesson 3 · create_task: overlapping the waits`. */
export function svgTitle(entry: LessonEntry, tr: Translator): string {
  const title = entry.lesson === null ? entry.id : tr.pick(entry.lesson.definition.title)
  return `${tr.t('lesson.heading', { number: entry.number })} · ${title}`
}
