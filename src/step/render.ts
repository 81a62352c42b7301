/**
 * How a step looks: a frame, the program's source and the interface settings in, lines of text out.
 * Two layouts: `screenLines` fills a terminal of a given height (the interactive viewer redraws it
 * whole per step), `textBlock` is the compact block per step that piped output prints one after
 * another.
 *
 * Invariants: no line is wider than `ui.width` columns, measured by display width (CJK counts 2);
 * a screen has at most `height` lines and always ends with the key help (or the time being typed);
 * colour only marks what the words already say (changed tasks carry `•`, new output `+`, marked
 * lines `▶`), so the view reads the same without it.
 */
import type { Bilingual } from '../errors.js'
import type { ReadyItem, TimerItem } from '../scheduler/trace.js'
import { bilingual, type Translator } from '../ui/i18n.js'
import type { MessageKey } from '../ui/messages/en.js'
import type { Style } from '../ui/style.js'
import { displayWidth, padEnd, truncate, wrap } from '../ui/width.js'
import { outputSoFar, type Frame, type OutputLine, type StepRun, type TaskState, type ThreadState } from './frames.js'
import { clock } from './reason.js'

export interface StepUi {
  readonly tr: Translator
  readonly style: Style
  /** Columns to lay out for. */
  readonly width: number
}

const MIN_WIDTH = 20
/** The file the source view shows (its name is the same in every language). */
const SOURCE = 'main.py'
/** Source lines a screen keeps before it shortens the task list. */
const MIN_SOURCE = 5

function widthOf(ui: StepUi): number {
  return Math.max(MIN_WIDTH, ui.width)
}

/** `Step 2/11 · t=0.000 · MainThread's loop, iteration 2`. */
function header(run: StepRun, frame: Frame, ui: StepUi): string {
  const { tr } = ui
  const where = frame.kind === 'iteration' ? tr.t('step.iteration', { thread: frame.thread, n: frame.iteration }) : tr.t('step.end')
  return `${tr.t('step.title', { n: frame.index + 1, total: run.frames.length })} · t=${clock(frame.t)} · ${where}`
}

/** The labels' column: as wide as the widest label in the shown language(s), plus two spaces. */
const LABELS: readonly MessageKey[] = ['step.label.why', 'step.label.ready', 'step.label.timers', 'step.label.tasks', 'step.label.threads', 'step.label.output', 'step.label.lines']

function labelWidth(ui: StepUi): number {
  return Math.max(...LABELS.map((key) => displayWidth(ui.tr.t(key)))) + 2
}

/** A labelled block: the label on its first line, the rest indented to the content's column. */
function labelled(key: MessageKey, content: readonly string[], ui: StepUi): string[] {
  const column = labelWidth(ui)
  const room = widthOf(ui) - column
  // Too narrow for a column beside the label: the content goes under it.
  if (room < MIN_WIDTH) return [ui.style.dim(truncate(ui.tr.t(key), widthOf(ui))), ...content.map((line) => truncate(line, widthOf(ui)))]
  return content.map((line, i) => (i === 0 ? ui.style.dim(padEnd(ui.tr.t(key), column)) : ' '.repeat(column)) + truncate(line, room))
}

function contentWidth(ui: StepUi): number {
  const room = widthOf(ui) - labelWidth(ui)
  return room < MIN_WIDTH ? widthOf(ui) : room
}

/** Sentences wrapped to the content column, each language on its own lines. */
function sentences(texts: readonly Bilingual[], ui: StepUi): string[] {
  return texts.flatMap((text) => ui.tr.lines(text).flatMap((line) => wrap(line, contentWidth(ui))))
}

function reason(frame: Frame, ui: StepUi): string[] {
  if (frame.kind === 'iteration') return sentences(frame.reason, ui)
  const { outcome } = frame
  const t = clock(frame.t)
  switch (outcome.kind) {
    case 'ok':
      return sentences([bilingual('step.outcome.ok', { t })], ui)
    case 'exception':
      return sentences([bilingual('step.outcome.exception', { t, line: outcome.line })], ui)
    case 'deadlock': {
      const stuck = outcome.stuck.map((task) => `${task.task} → ${task.waitsOn}`).join(', ')
      return sentences([bilingual('step.outcome.deadlock', { t, stuck })], ui)
    }
    case 'runaway':
      return sentences([bilingual('step.outcome.runaway', { t, iterations: outcome.iterations })], ui)
  }
}

function readyText(item: ReadyItem, ui: StepUi): string {
  switch (item.kind) {
    case 'step':
      return ui.tr.t('step.ready.step', { task: item.task })
    case 'sleep-done':
      return ui.tr.t('step.ready.sleepDone', { task: item.task })
    case 'callback':
      return ui.tr.t('step.ready.callback', { name: item.name })
  }
}

/** A timer in both languages: `t=2.000 sleep of Task-3`, `(new)` after it when this step set it. */
function timerText(item: TimerItem, fresh: boolean, ui: StepUi): string {
  const text =
    item.kind === 'sleep' ? bilingual('step.timer.sleep', { when: clock(item.when), task: item.task }) : bilingual('step.timer.callback', { when: clock(item.when), name: item.name })
  return fresh ? ui.tr.t('step.timer.new', { timer: text }) : ui.tr.pick(text)
}

/** Items joined with ` · `, wrapped to the content column; `(empty)` for none. */
function listed(items: readonly string[], ui: StepUi): string[] {
  return items.length === 0 ? [ui.tr.t('step.empty')] : wrap(items.join(' · '), contentWidth(ui))
}

function taskStatus(task: TaskState, ui: StepUi): string {
  const { tr } = ui
  const { status } = task
  switch (status.kind) {
    case 'sleeping':
      return tr.t('step.task.sleeping', { until: clock(status.until) })
    case 'waiting':
      return tr.t('step.task.waiting', { what: status.on })
    default:
      return tr.t(`step.task.${status.kind}`)
  }
}

function threadStatus(thread: ThreadState, ui: StepUi): string {
  const { status } = thread
  return status.kind === 'blocked' ? ui.tr.t('step.thread.blocked', { where: status.where }) : ui.tr.t(`step.thread.${status.kind}`)
}

const FINISHED = new Set(['done', 'failed', 'cancelled'])

/**
 * One row per task: `• Task-2 say_after  sleeping until t=1.000` (`•`: changed in this step).
 * Compact: tasks that finished before this step are only counted.
 */
function taskRows(all: readonly TaskState[], ui: StepUi, compact = false): string[] {
  const tasks = compact ? all.filter((task) => task.changed || !FINISHED.has(task.status.kind)) : all
  const hidden = all.length - tasks.length
  const more = hidden > 0 ? [ui.style.dim(truncate(`  ${ui.tr.t('step.finished', { count: hidden })}`, contentWidth(ui)))] : []
  if (tasks.length === 0) return more.length > 0 ? more : [ui.tr.t('step.empty')]
  return [...taskList(tasks, ui), ...more]
}

function taskList(tasks: readonly TaskState[], ui: StepUi): string[] {
  const names = tasks.map((task) => (task.coro === undefined ? task.name : `${task.name} ${task.coro}`))
  // Capped, so that one long coroutine name (BaseEventLoop.shutdown_asyncgens) does not push every state aside.
  const column = Math.min(Math.max(...names.map(displayWidth)), Math.max(16, Math.floor(contentWidth(ui) / 3)))
  return tasks.map((task, i) => {
    const row = truncate(`${task.changed ? '• ' : '  '}${padEnd(truncate(names[i]!, column), column)}  ${taskStatus(task, ui)}`, contentWidth(ui))
    return task.changed ? ui.style.bold(row) : FINISHED.has(task.status.kind) ? ui.style.dim(row) : row
  })
}

function threadRows(threads: readonly ThreadState[], ui: StepUi): string[] {
  const column = Math.max(...threads.map((thread) => displayWidth(thread.name)))
  return threads.map((thread) => {
    const row = truncate(`${thread.changed ? '• ' : '  '}${padEnd(thread.name, column)}  ${threadStatus(thread, ui)}`, contentWidth(ui))
    return thread.changed ? ui.style.bold(row) : row
  })
}

function outputText(line: OutputLine, ui: StepUi): string {
  const text = line.kind === 'stdout' ? line.text : `${ui.tr.t(`kind.${line.kind}`)}: ${line.text}`
  return `t=${clock(line.t)}  ${text}`
}

/** Output rows, `+` before those this step wrote; `first` is the index of the first one given. */
function outputRows(lines: readonly OutputLine[], first: number, frame: Frame, ui: StepUi): string[] {
  return lines.map((line, i) => {
    const fresh = first + i >= frame.printedBefore
    const row = truncate(`${fresh ? '+ ' : '  '}${outputText(line, ui)}`, contentWidth(ui))
    return fresh ? ui.style.green(row) : row
  })
}

/** Where each unfinished task stands in main.py: line number → task names. */
function marksOf(frame: Frame): Map<number, string[]> {
  const marks = new Map<number, string[]>()
  for (const task of frame.tasks) {
    if (task.line === undefined || FINISHED.has(task.status.kind)) continue
    marks.set(task.line, [...(marks.get(task.line) ?? []), task.name])
  }
  return marks
}

/** `▶  6      await asyncio.sleep(delay)   ← Task-2, Task-3`: one source line, cut to the width. */
function sourceRow(rows: readonly string[], index: number, marks: ReadonlyMap<number, readonly string[]>, ui: StepUi, width: number): string {
  const digits = String(rows.length).length
  const number = index + 1
  const tasks = marks.get(number)
  const gutter = `${tasks ? '▶' : ' '} ${String(number).padStart(digits)}  `
  if (tasks === undefined) return ui.style.dim(gutter) + truncate(rows[index]!, width - gutter.length)
  const tag = `   ← ${tasks.join(', ')}`
  const code = truncate(rows[index]!.trimEnd(), Math.max(8, width - gutter.length - displayWidth(tag)))
  return ui.style.yellow(ui.style.bold(truncate(gutter + code + tag, width)))
}

function sourceRowsOf(source: string): string[] {
  return source.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n')
}

/** `height` lines of the source, around the marked lines (from the top when there are none). */
function sourceWindow(source: string, frame: Frame, height: number, ui: StepUi): string[] {
  if (height <= 0) return []
  const rows = sourceRowsOf(source)
  const marks = marksOf(frame)
  // The window follows the tasks this step moved; all marked tasks when it moved none.
  const moved = frame.tasks.filter((task) => task.changed && task.line !== undefined && marks.has(task.line)).map((task) => task.line!)
  const focus = (moved.length > 0 ? moved : [...marks.keys()]).sort((a, b) => a - b)
  let start = 0
  if (focus.length > 0 && rows.length > height) {
    const [first, last] = [focus[0]! - 1, focus[focus.length - 1]! - 1]
    // Centred on the span when it fits, else from just above its first line.
    const wanted = last - first < height ? Math.floor((first + last) / 2) - Math.floor(height / 2) : first - 1
    start = Math.max(0, Math.min(rows.length - height, wanted))
  }
  return rows.slice(start, start + height).map((_, i) => sourceRow(rows, start + i, marks, ui, widthOf(ui)))
}

function stateRows(frame: Frame, ui: StepUi, compact = false): string[] {
  const lines: string[] = []
  if (frame.kind === 'iteration') {
    lines.push(...labelled('step.label.ready', listed(frame.ready.map((item) => readyText(item, ui)), ui), ui))
    const timers = [...frame.timers.map((item) => ({ item, fresh: false })), ...frame.newTimers.map((item) => ({ item, fresh: true }))].sort((a, b) => a.item.when - b.item.when)
    const texts = timers.map(({ item, fresh }) => timerText(item, fresh, ui))
    lines.push(...labelled('step.label.timers', listed(texts, ui), ui))
  }
  lines.push(...labelled('step.label.tasks', taskRows(frame.tasks, ui, compact), ui))
  if (frame.threads.length > 0) lines.push(...labelled('step.label.threads', threadRows(frame.threads, ui), ui))
  return lines
}

export interface ScreenOptions {
  /** Rows of the terminal. */
  readonly height: number
  /** The time being typed after `t`; absent when not typing. */
  readonly jump?: string
}

/** A whole screen for the interactive viewer. */
export function screenLines(run: StepRun, frame: Frame, source: string, ui: StepUi, options: ScreenOptions): string[] {
  const width = widthOf(ui)
  const { tr, style } = ui
  const height = Math.max(4, options.height)
  const top = [style.bold(truncate(header(run, frame, ui), width)), ...labelled('step.label.why', reason(frame, ui), ui)]
  const full = stateRows(frame, ui)
  // Finished tasks give way to the source when the screen is short.
  const state = top.length + full.length + 6 + MIN_SOURCE > height ? stateRows(frame, ui, true) : full
  const footer = style.dim(truncate(options.jump === undefined ? tr.t('step.keys') : tr.t('step.jump', { input: `${options.jump}▏` }), width))
  const soFar = outputSoFar(run, frame)
  const sourceHeading = style.bold(truncate(run.lineMarks ? SOURCE : `${SOURCE} · ${tr.t('step.noMarks')}`, width))
  // Everything but the source and the output, with a blank line after the reason and before the footer.
  const fixed = top.length + 1 + state.length + 1 + 1
  const room = height - fixed
  let outputRoom = Math.min(Math.max(1, soFar.length), Math.max(1, Math.floor(room / 3)))
  const sourceRoom = room - outputRoom - 2
  // No room for the source (its heading and a line at least): the output takes it all.
  if (sourceRoom < 2) outputRoom = Math.max(1, room)
  const shown = soFar.slice(Math.max(0, soFar.length - outputRoom))
  const output = labelled('step.label.output', soFar.length === 0 ? [tr.t('step.noOutput')] : outputRows(shown, soFar.length - shown.length, frame, ui), ui)
  const program = sourceRoom >= 2 ? [sourceHeading, ...sourceWindow(source, frame, sourceRoom, ui), ''] : []
  const body = [...top, '', ...program, ...state, ...output]
  return [...body.slice(0, height - 2), ...Array<string>(Math.max(0, height - 2 - body.length)).fill(''), '', footer]
}

/** The note printed once before the text blocks when the run carries no line marks. */
export function textPreamble(run: StepRun, ui: StepUi): string[] {
  return run.lineMarks ? [] : ui.tr.lines(bilingual('step.noMarks')).flatMap((line) => wrap(line, widthOf(ui)))
}

/** One step as plain text: header, reason, queue, timers, tasks, marked lines, new output. */
export function textBlock(run: StepRun, frame: Frame, source: string, ui: StepUi): string[] {
  const width = widthOf(ui)
  const lines = [ui.style.bold(truncate(`━━ ${header(run, frame, ui)}`, width)), ...labelled('step.label.why', reason(frame, ui), ui), ...stateRows(frame, ui)]
  const marks = marksOf(frame)
  if (marks.size > 0) {
    const rows = sourceRowsOf(source)
    const marked = [...marks.keys()].sort((a, b) => a - b).filter((line) => line <= rows.length)
    lines.push(...labelled('step.label.lines', marked.map((line) => sourceRow(rows, line - 1, marks, ui, contentWidth(ui))), ui))
  }
  const fresh = run.output.slice(frame.printedBefore, frame.printed)
  lines.push(...labelled('step.label.output', fresh.length === 0 ? [ui.tr.t('step.newOutput')] : outputRows(fresh, frame.printedBefore, frame, ui), ui))
  return lines
}
