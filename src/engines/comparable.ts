/**
 * The part of a trace both engines must agree on, as lines that read well in a diff.
 *
 * Output, warnings and loop log messages are compared in order with their virtual times to the
 * microsecond, plus the outcome. Task life-cycle events are the embedded engine's own (CPython's
 * harness does not record them), so they are left out.
 */
import type { Outcome, Trace, TraceEvent } from '../scheduler/trace.js'

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
