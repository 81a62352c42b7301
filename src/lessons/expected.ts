/**
 * `expected.out`: a lesson's golden output, one line per event, that both engines are checked against.
 *
 *     # comments and blank lines are ignored
 *     [  0.000] started at 18:27:39              a line printed to stdout at t=0
 *     [  1.000]<stderr> oops                     print(..., file=sys.stderr)
 *     [  1.000]<warning> RuntimeWarning: coroutine 'f' was never awaited
 *     [  1.000]<log> Task exception was never retrieved (Task-2) -> ValueError: boom
 *     [  2.000]<exception> ValueError: boom      the program ended with this uncaught exception
 *     [  5.000]<deadlock> Task-1 main() waits on Future
 *     [  0.010]<runaway> after 1000000 iterations
 *
 * Invariants: a stdout line is `]` + one space + the text exactly as printed, so no printed text can
 * be mistaken for a tagged line (`]<`); times have three decimals (a check allows 1 ms); a program
 * that ends normally has no outcome line, and at most one outcome line ends the file.
 */
import type { Bilingual } from '../errors.js'
import type { Outcome, Trace, TraceEvent } from '../scheduler/trace.js'

export type LineKind = 'stdout' | 'stderr' | 'warning' | 'log' | 'exception' | 'deadlock' | 'runaway'

const TAGGED: readonly LineKind[] = ['stderr', 'warning', 'log', 'exception', 'deadlock', 'runaway']
const OUTCOMES: readonly LineKind[] = ['exception', 'deadlock', 'runaway']

/** One line of a run as a lesson states it: when, what kind, what text. */
export interface TimedLine {
  readonly t: number
  readonly kind: LineKind
  readonly text: string
}

export function isOutcomeKind(kind: LineKind): boolean {
  return OUTCOMES.includes(kind)
}

function eventLine(event: TraceEvent): TimedLine | null {
  switch (event.kind) {
    case 'output':
      return { t: event.t, kind: event.stream, text: event.text }
    case 'warning':
      return { t: event.t, kind: 'warning', text: `${event.category}: ${event.message}` }
    case 'log': {
      const task = event.task === undefined ? '' : ` (${event.task})`
      const exception = event.exception === undefined ? '' : ` -> ${event.exception}`
      return { t: event.t, kind: 'log', text: `${event.message}${task}${exception}` }
    }
    case 'task':
    case 'thread':
    case 'iteration':
      return null
  }
}

function outcomeLine(outcome: Outcome): TimedLine | null {
  switch (outcome.kind) {
    case 'ok':
      return null
    case 'exception':
      return { t: outcome.t, kind: 'exception', text: outcome.line }
    case 'deadlock':
      return {
        t: outcome.t,
        kind: 'deadlock',
        // Stuck tasks, then (once a thread was started) each thread that can never go on.
        text: [
          ...outcome.stuck.map((s) => `${s.task} ${s.coro}() waits on ${s.waitsOn}`),
          ...(outcome.threads ?? []).map((s) => `thread ${s.thread} waits in ${s.waitsIn}`),
        ].join('; '),
      }
    case 'runaway':
      return { t: outcome.t, kind: 'runaway', text: `after ${outcome.iterations} iterations` }
  }
}

/** The lines of a trace that a lesson states: output, warnings, loop log messages, then the outcome. */
export function traceLines(trace: Trace): TimedLine[] {
  const lines: TimedLine[] = []
  for (const event of trace.events) {
    const line = eventLine(event)
    if (line !== null) lines.push(line)
  }
  const last = outcomeLine(trace.outcome)
  if (last !== null) lines.push(last)
  return lines
}

/** The program's total time as a lesson states it: the time of its last line (0 when it printed nothing). */
export function totalTime(lines: readonly TimedLine[]): number {
  return lines.reduce((latest, line) => Math.max(latest, line.t), 0)
}

export function formatTime(t: number): string {
  return t.toFixed(3).padStart(7)
}

export function formatLine(line: TimedLine): string {
  const stamp = `[${formatTime(line.t)}]`
  if (line.kind === 'stdout') return line.text === '' ? stamp : `${stamp} ${line.text}`
  return `${stamp}<${line.kind}> ${line.text}`
}

/** The text of an expected.out file for these lines. */
export function formatExpected(lines: readonly TimedLine[]): string {
  return lines.map((line) => formatLine(line) + '\n').join('')
}

export interface ExpectedProblem {
  /** 1-based line number in expected.out. */
  readonly line: number
  readonly message: Bilingual
}

export interface ParsedExpected {
  readonly lines: TimedLine[]
  readonly problems: ExpectedProblem[]
}

const LINE = /^\[ *(\d+\.\d{3})\](?:( (.*))|<([a-z]+)> (.*))?$/

/** Reads expected.out; every malformed line is a problem with its line number, never a throw. */
export function parseExpected(text: string): ParsedExpected {
  const lines: TimedLine[] = []
  const problems: ExpectedProblem[] = []
  const rows = text.split('\n')
  if (rows[rows.length - 1] === '') rows.pop()
  let ended: TimedLine | null = null
  let latest = 0
  rows.forEach((raw, index) => {
    const row = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const number = index + 1
    if (row.trim() === '' || row.startsWith('#')) return
    const line = parseLine(row)
    if ('problem' in line) {
      problems.push({ line: number, message: line.problem })
      return
    }
    if (ended !== null) {
      problems.push({
        line: number,
        message: { en: `a line after the <${ended.kind}> that ends the program`, zh: `程序已在 <${ended.kind}> 处结束，之后不应再有行` },
      })
    }
    if (line.t < latest) {
      problems.push({
        line: number,
        message: {
          en: `time goes backwards (${line.t.toFixed(3)} after ${latest.toFixed(3)})`,
          zh: `时间倒退了（${latest.toFixed(3)} 之后出现 ${line.t.toFixed(3)}）`,
        },
      })
    }
    latest = Math.max(latest, line.t)
    if (isOutcomeKind(line.kind)) ended = line
    lines.push(line)
  })
  return { lines, problems }
}

function parseLine(row: string): TimedLine | { problem: Bilingual } {
  const match = LINE.exec(row)
  if (match === null) {
    return {
      problem: {
        en: `expected "[  1.000] text" or "[  1.000]<kind> text", found: ${row}`,
        zh: `应为 "[  1.000] 文本" 或 "[  1.000]<类别> 文本"，实际为：${row}`,
      },
    }
  }
  const t = Number(match[1])
  const tag = match[4]
  if (tag === undefined) return { t, kind: 'stdout', text: match[3] ?? '' }
  if (!(TAGGED as readonly string[]).includes(tag)) {
    return {
      problem: { en: `unknown kind <${tag}> (known: ${TAGGED.join(', ')})`, zh: `未知类别 <${tag}>（可用：${TAGGED.join('、')}）` },
    }
  }
  return { t, kind: tag as LineKind, text: match[5] ?? '' }
}
