/**
 * `trace`'s timeline: what the CPython engine must record for the chart, and the lines that stand
 * after the output: the chart (src/timeline, through `run --timeline`'s view), the SVG file
 * written, or, for a program that never ran an event loop (plain prints), why there is no chart
 * rather than an empty one. `--timeline-format` and `--timeline-out` mean what they mean on `run`.
 */
import { writeFileSync } from 'node:fs'
import type { CpythonOptions } from '../../engines/cpython/run.js'
import type { Trace } from '../../scheduler/trace.js'
import { timelineSvg } from '../../timeline/index.js'
import { bilingual } from '../../ui/i18n.js'
import type { Ui } from '../context.js'
import { sentences } from './evaluation.js'
import { sectionHeading } from './lesson.js'
import { cannotWriteError, svgPath, timelineBlock, writtenBlock, type TimelineRequest } from './timeline.js'

/**
 * What the harness must record for the chart: task and thread events, its rows. Not every loop
 * iteration: the chart does not need them, and a long run makes millions.
 */
export const TIMELINE_EVENTS: Pick<CpythonOptions, 'recordSchedule'> = { recordSchedule: true }

/** Whether any task or thread ran: the chart's rows. */
export function hasTimelineRows(trace: Trace): boolean {
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
  if (request.format === 'text') return timelineBlock(trace, ui)
  const path = svgPath(request, file.stem)
  try {
    writeFileSync(path, timelineSvg(trace, { title: file.name, lang: ui.tr.choice }))
  } catch (error) {
    throw cannotWriteError(path, error)
  }
  return writtenBlock(path, ui)
}
