/**
 * The parts of a trace both engines must agree on, as lines that read well in a diff.
 *
 * `comparableLines`: output, warnings and loop log messages in order with their virtual times to
 * the microsecond, plus the outcome. Schedule events are left out (the CPython harness records them
 * only when asked).
 *
 * `scheduleLines`: the schedule of a run recorded on both engines (task events without `line`,
 * which only CPython knows; thread events; loop iterations), in order, times to the microsecond.
 * Their order relative to output and logs is not compared: a log made when CPython frees a
 * coroutine's frame comes just before the task's `done` there, just after it in the embedded engine.
 */
import type { IterationEvent, Outcome, ReadyItem, TimerItem, Trace, TraceEvent } from '../scheduler/trace.js'

const micros = (t: number): string => t.toFixed(6)

function eventLine(event: TraceEvent): string | null {
  switch (event.kind) {
    case 'output':
      return `${micros(event.t)} ${event.stream} [${event.thread}${event.task ? ' ' + event.task : ''}] ${event.text}`
    case 'warning':
      return `${micros(event.t)} warning ${event.category}: ${event.message}`
    case 'log':
      return `${micros(event.t)} log ${event.message}${event.task ? ` (${event.task})` : ''}${event.exception ? ` -> ${event.exception}` : ''}`
    case 'task':
    case 'thread':
    case 'iteration':
      return null
  }
}

function outcomeLine(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'ok':
      return 'outcome ok'
    case 'exception':
      return `outcome ${micros(outcome.t)} exception ${outcome.line}`
    case 'deadlock':
      return (
        `outcome ${micros(outcome.t)} deadlock ${outcome.stuck.map((s) => `${s.task} ${s.coro}() waits on ${s.waitsOn}`).join('; ')}` +
        (outcome.threads === undefined ? '' : ` | threads ${outcome.threads.map((t) => `${t.thread} in ${t.waitsIn}`).join('; ')}`)
      )
    case 'runaway':
      return `outcome ${micros(outcome.t)} runaway after ${outcome.iterations} iterations`
  }
}

export function comparableLines(trace: Trace): string[] {
  const lines: string[] = []
  for (const event of trace.events) {
    const line = eventLine(event)
    if (line !== null) lines.push(line)
  }
  lines.push(outcomeLine(trace.outcome))
  return lines
}

function readyText(item: ReadyItem): string {
  return item.kind === 'callback' ? item.name : `${item.kind} ${item.task}`
}

function timerText(item: TimerItem): string {
  return `${micros(item.when)} ${item.kind === 'callback' ? item.name : `sleep ${item.task}`}`
}

function iterationLine(event: IterationEvent): string {
  return `${micros(event.t)} iteration [${event.thread}] ready: ${event.ready.map(readyText).join(', ')} | timers: ${event.timers.map(timerText).join(', ')}`
}

export function scheduleLines(trace: Trace): string[] {
  const lines: string[] = []
  for (const event of trace.events) {
    const detail = 'detail' in event && event.detail !== undefined ? ` ${event.detail}` : ''
    if (event.kind === 'task') lines.push(`${micros(event.t)} task ${event.task} ${event.event}${detail}`)
    else if (event.kind === 'thread') lines.push(`${micros(event.t)} thread ${event.thread} ${event.event}${detail}`)
    else if (event.kind === 'iteration') lines.push(iterationLine(event))
  }
  return lines
}
