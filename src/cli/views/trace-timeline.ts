/**
 * `trace`'s timeline: what the CPython engine must record for the chart, and the lines that stand
 * after the output: the chart (src/timeline, through `run --timeline`'s view), the SVG file
 * written, or, for a program that never ran an event loop (plain prints), why there is no chart
 * rather than an empty one. `--timeline-format` and `--timeline-out` mean what they mean on `run`.
 */
import type { CpythonOptions } from '../../engines/cpython/run.js'
import type { Trace } from '../../scheduler/trace.js'
import { bilingual } from '../../ui/i18n.js'
import type { Ui } from '../context.js'
import { sentences } from './evaluation.js'
import { sectionHeading } from './lesson.js'
import type { TimelineRequest } from './timeline-request.js'
import { timelineLines } from './timeline.js'

/**
 * What the harness must record for the chart: task and thread events, its rows. Not every loop
 * iteration: the chart does not need them, and a long run makes millions.
 */
export const TIMELINE_EVENTS: Pick<CpythonOptions, 'recordSchedule'> = { recordSchedule: true }

/** Whether any task or thread ran: the chart's rows. */
function hasTimelineRows(trace: Trace): boolean {
  return trace.events.some((event) => event.kind === 'task' || event.kind === 'thread')
}

/**
 * The lines after the output: the chart, `Timeline written to gather.timeline.svg` (the SVG
 * titled with the file's name, written in the current folder as `<name>.timeline.svg` unless
 * `out` says where), or the note that there is nothing to chart. A file that cannot be written is
 * a UsageError.
 */
export function traceTimeline(trace: Trace, request: TimelineRequest, file: { readonly name: string; readonly stem: string }, ui: Ui): string[] {
  if (!hasTimelineRows(trace)) {
    const note = sentences(bilingual('trace.timeline.none'), ui).map((line) => ui.style.dim(line))
    return ['', ...sectionHeading(ui.tr.t('timeline.heading'), ui), ...note]
  }
  return timelineLines(trace, request, { id: file.stem, title: file.name }, ui)
}
