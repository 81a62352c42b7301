/** Traces for the timeline tests: real lesson runs on the embedded engine, and hand-made ones. */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { runProgram, type Program } from '../../src/scheduler/program.js'
import type { OutputEvent, TaskEvent, TaskEventKind, ThreadEvent, ThreadEventKind, Trace, TraceEvent } from '../../src/scheduler/trace.js'

const lessonsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lessons')

/** Every built-in lesson's id, in order (`03-create-task`). */
export const LESSON_IDS: readonly string[] = readdirSync(lessonsDir).filter((name) => /^\d{2}-/.test(name)).sort()

/** A lesson's run on the embedded engine, task and thread events included. */
export async function lessonTrace(id: string): Promise<Trace> {
  const model = (await import(pathToFileURL(join(lessonsDir, id, 'model.ts')).href)) as { default: Program }
  return runProgram(model.default)
}

export const task = (t: number, name: string, event: TaskEventKind, detail?: string): TaskEvent => ({ kind: 'task', t, task: name, event, ...(detail === undefined ? {} : { detail }) })
export const thread = (t: number, name: string, event: ThreadEventKind, detail?: string): ThreadEvent => ({ kind: 'thread', t, thread: name, event, ...(detail === undefined ? {} : { detail }) })
export const output = (t: number, text: string, by: { task?: string; thread?: string } = {}): OutputEvent => ({
  kind: 'output',
  t,
  stream: 'stdout',
  text,
  thread: by.thread ?? 'MainThread',
  ...(by.task === undefined ? {} : { task: by.task }),
})

export function traceOf(events: readonly TraceEvent[], outcome: Trace['outcome'] = { kind: 'ok' }): Trace {
  return { engine: 'embedded', events, outcome }
}
