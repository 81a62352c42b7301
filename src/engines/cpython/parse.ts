/**
 * The harness's side channel, read back: one JSON object per line, validated field by field into
 * the shared Trace types. Only known fields are copied, so a trace holds exactly what
 * src/scheduler/trace.ts declares. Lines are:
 *   - a TraceEvent: `output`, `warning` or `log`; and, when asked (`--record-schedule`,
 *     `--record-iterations`), `task`, `thread` and `iteration`;
 *   - the last line: `{"kind":"outcome","outcome":Outcome}`;
 *   - or, alone: `{"kind":"unsupported","version":"3.9.2"}` when the interpreter is too old.
 */

import type {
  IterationEvent,
  LogEvent,
  Outcome,
  OutputEvent,
  ReadyItem,
  StuckTask,
  StuckThread,
  TaskEvent,
  TaskEventKind,
  ThreadEvent,
  ThreadEventKind,
  TimerItem,
  TraceEvent,
  WarningEvent,
} from '../../scheduler/trace.js'
import { badTraceLine } from './errors.js'

export type HarnessRecord =
  | { readonly kind: 'event'; readonly event: TraceEvent }
  | { readonly kind: 'outcome'; readonly outcome: Outcome }
  | { readonly kind: 'unsupported'; readonly version: string }

export interface ParsedTrace {
  readonly events: TraceEvent[]
  readonly outcome?: Outcome
  readonly unsupported?: string
}

type Json = Record<string, unknown>

class Invalid extends Error {}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function str(o: Json, key: string): string {
  const v = o[key]
  if (typeof v !== 'string') throw new Invalid(`"${key}" should be a string`)
  return v
}

function optStr(o: Json, key: string): string | undefined {
  return o[key] === undefined ? undefined : str(o, key)
}

function time(o: Json): number {
  const v = o.t
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Invalid('"t" should be a time in seconds')
  return v
}

function outputEvent(o: Json): OutputEvent {
  const stream = str(o, 'stream')
  if (stream !== 'stdout' && stream !== 'stderr') throw new Invalid(`unknown stream "${stream}"`)
  return withTask(o, { kind: 'output', t: time(o), stream, text: str(o, 'text'), thread: str(o, 'thread') })
}

function withTask(o: Json, event: OutputEvent): OutputEvent {
  const task = optStr(o, 'task')
  return task === undefined ? event : { ...event, task }
}

function warningEvent(o: Json): WarningEvent {
  return { kind: 'warning', t: time(o), category: str(o, 'category'), message: str(o, 'message') }
}

function logEvent(o: Json): LogEvent {
  const task = optStr(o, 'task')
  const exception = optStr(o, 'exception')
  return {
    kind: 'log', t: time(o), message: str(o, 'message'),
    ...(task === undefined ? {} : { task }),
    ...(exception === undefined ? {} : { exception }),
  }
}

const TASK_EVENTS: readonly TaskEventKind[] = ['created', 'started', 'suspended', 'resumed', 'done', 'failed', 'cancelled']
const THREAD_EVENTS: readonly ThreadEventKind[] = ['started', 'blocked', 'resumed', 'finished']

function oneOf<K extends string>(o: Json, key: string, kinds: readonly K[]): K {
  const v = str(o, key)
  if (!(kinds as readonly string[]).includes(v)) throw new Invalid(`unknown ${key} "${v}"`)
  return v as K
}

function taskEvent(o: Json): TaskEvent {
  const detail = optStr(o, 'detail')
  const line = o.line
  if (line !== undefined && (typeof line !== 'number' || !Number.isSafeInteger(line) || line < 0)) {
    throw new Invalid('"line" should be a line number')
  }
  return {
    kind: 'task', t: time(o), task: str(o, 'task'), event: oneOf(o, 'event', TASK_EVENTS),
    ...(detail === undefined ? {} : { detail }),
    ...(line === undefined ? {} : { line }),
  }
}

function threadEvent(o: Json): ThreadEvent {
  const detail = optStr(o, 'detail')
  return {
    kind: 'thread', t: time(o), thread: str(o, 'thread'), event: oneOf(o, 'event', THREAD_EVENTS),
    ...(detail === undefined ? {} : { detail }),
  }
}

function list(o: Json, key: string): unknown[] {
  const v = o[key]
  if (!Array.isArray(v)) throw new Invalid(`"${key}" should be a list`)
  return v
}

function readyItem(value: unknown): ReadyItem {
  if (!isObject(value)) throw new Invalid('a ready item should be an object')
  switch (value.kind) {
    case 'step':
    case 'sleep-done':
      return { kind: value.kind, task: str(value, 'task') }
    case 'callback':
      return { kind: 'callback', name: str(value, 'name') }
    default:
      throw new Invalid(`unknown ready item kind ${JSON.stringify(value.kind)}`)
  }
}

function timerItem(value: unknown): TimerItem {
  if (!isObject(value)) throw new Invalid('a timer should be an object')
  const when = value.when
  if (typeof when !== 'number' || !Number.isFinite(when)) throw new Invalid('"when" should be a time')
  switch (value.kind) {
    case 'sleep':
      return { kind: 'sleep', when, task: str(value, 'task') }
    case 'callback':
      return { kind: 'callback', when, name: str(value, 'name') }
    default:
      throw new Invalid(`unknown timer kind ${JSON.stringify(value.kind)}`)
  }
}

function iterationEvent(o: Json): IterationEvent {
  return {
    kind: 'iteration', t: time(o), thread: str(o, 'thread'),
    ready: list(o, 'ready').map(readyItem), timers: list(o, 'timers').map(timerItem),
  }
}

function stuckTask(value: unknown): StuckTask {
  if (!isObject(value)) throw new Invalid('a stuck task should be an object')
  return { task: str(value, 'task'), coro: str(value, 'coro'), waitsOn: str(value, 'waitsOn') }
}

function stuckThread(value: unknown): StuckThread {
  if (!isObject(value)) throw new Invalid('a stuck thread should be an object')
  return { thread: str(value, 'thread'), waitsIn: str(value, 'waitsIn') }
}

function outcome(value: unknown): Outcome {
  if (!isObject(value)) throw new Invalid('"outcome" should be an object')
  switch (value.kind) {
    case 'ok':
      return { kind: 'ok' }
    case 'exception':
      return { kind: 'exception', t: time(value), type: str(value, 'type'), line: str(value, 'line') }
    case 'deadlock': {
      if (!Array.isArray(value.stuck)) throw new Invalid('"stuck" should be a list')
      const stuck = value.stuck.map(stuckTask)
      if (value.threads === undefined) return { kind: 'deadlock', t: time(value), stuck }
      if (!Array.isArray(value.threads)) throw new Invalid('"threads" should be a list')
      return { kind: 'deadlock', t: time(value), stuck, threads: value.threads.map(stuckThread) }
    }
    case 'runaway': {
      const n = value.iterations
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new Invalid('"iterations" should be a count')
      return { kind: 'runaway', t: time(value), iterations: n }
    }
    default:
      throw new Invalid(`unknown outcome kind ${JSON.stringify(value.kind)}`)
  }
}

function record(o: Json): HarnessRecord {
  switch (o.kind) {
    case 'output':
      return { kind: 'event', event: outputEvent(o) }
    case 'warning':
      return { kind: 'event', event: warningEvent(o) }
    case 'log':
      return { kind: 'event', event: logEvent(o) }
    case 'task':
      return { kind: 'event', event: taskEvent(o) }
    case 'thread':
      return { kind: 'event', event: threadEvent(o) }
    case 'iteration':
      return { kind: 'event', event: iterationEvent(o) }
    case 'outcome':
      return { kind: 'outcome', outcome: outcome(o.outcome) }
    case 'unsupported':
      return { kind: 'unsupported', version: str(o, 'version') }
    default:
      throw new Invalid(`unknown kind ${JSON.stringify(o.kind)}`)
  }
}

/** One side-channel line. Throws EngineFailureError when it is not a record the harness writes. */
export function parseTraceLine(line: string): HarnessRecord {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    throw badTraceLine(line, 'not JSON')
  }
  try {
    if (!isObject(value)) throw new Invalid('not an object')
    return record(value)
  } catch (e) {
    if (e instanceof Invalid) throw badTraceLine(line, e.message)
    throw e
  }
}

/** The whole side channel. The outcome must be the last line; an unterminated last line is dropped. */
export function parseTrace(text: string): ParsedTrace {
  const lines = text.split('\n')
  lines.pop() // '' after the final newline, or a line cut short by a crash
  const events: TraceEvent[] = []
  let result: Outcome | undefined
  let unsupported: string | undefined
  for (const line of lines) {
    if (result !== undefined) throw badTraceLine(line, 'a line after the outcome')
    const parsed = parseTraceLine(line)
    if (parsed.kind === 'event') events.push(parsed.event)
    else if (parsed.kind === 'outcome') result = parsed.outcome
    else unsupported = parsed.version
  }
  return {
    events,
    ...(result === undefined ? {} : { outcome: result }),
    ...(unsupported === undefined ? {} : { unsupported }),
  }
}
