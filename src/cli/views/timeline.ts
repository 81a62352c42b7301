/**
 * `run --timeline` (and `trace`): the lines shown for the timeline after a lesson's output, the
 * chart itself being src/timeline/; with what the user asked for (timeline-request.ts) re-exported.
 *
 * Invariant: a file that cannot be written is a usage error (exit 2) naming the file and the reason.
 */
import { UsageError } from '../../errors.js'
import type { LessonEntry } from '../../lessons/loader.js'
import type { Trace } from '../../scheduler/trace.js'
import { timelineText } from '../../timeline/index.js'
import { bilingual, type Translator } from '../../ui/i18n.js'
import type { Ui } from '../context.js'

export { checkTimelineTargets, svgPath, TIMELINE_FORMATS, timelineRequest, type TimelineFormat, type TimelineRequest } from './timeline-request.js'

/** The chart in the terminal, after a blank line. */
export function timelineBlock(trace: Trace, ui: Ui): string[] {
  return ['', ...timelineText(trace, { columns: ui.width, style: ui.style, lang: ui.tr.choice }).split('\n')]
}

/** `Timeline written to 03-create-task.timeline.svg`, after a blank line. */
export function writtenBlock(path: string, ui: Ui): string[] {
  return ['', ui.tr.t('timeline.written', { path: ui.style.bold(path) })]
}

/** The error for a file that could not be written, with the system's reason (`ENOENT: no such file or directory`). */
export function cannotWriteError(path: string, error: unknown): UsageError {
  const reason = error instanceof Error ? error.message.replace(/, open '.*'$/, '') : String(error)
  return new UsageError(bilingual('timeline.cannotWrite', { path, reason }))
}

/** The SVG's title: `Lesson 3 · create_task: overlapping the waits`. */
export function svgTitle(entry: LessonEntry, tr: Translator): string {
  const title = entry.lesson === null ? entry.id : tr.pick(entry.lesson.definition.title)
  return `${tr.t('lesson.heading', { number: entry.number })} · ${title}`
}
