import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseTrace, runCpython } from '../../src/engines/cpython/index.js'
import type { CpythonOptions } from '../../src/engines/cpython/index.js'
import type { Trace } from '../../src/scheduler/trace.js'

let dir: string
let count = 0

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cpython-schedule-'))
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

async function run(source: string, options: CpythonOptions = {}): Promise<Trace> {
  const path = join(dir, `prog${++count}.py`)
  writeFileSync(path, source.replace(/^\n/, ''))
  return (await runCpython(path, options)).trace
}

const TWO_TASKS = `
import asyncio

async def child():
    await asyncio.sleep(1)

async def main():
    task = asyncio.create_task(child())
    await task

asyncio.run(main())
`

function kinds(trace: Trace): string[] {
  return [...new Set(trace.events.map((e) => e.kind))].sort()
}

describe('the CPython engine recording the schedule', () => {
  it('records no schedule unless asked', async () => {
    expect(kinds(await run(TWO_TASKS))).toEqual([])
  })

  it('records task events with the program line each task stands at', async () => {
    const trace = await run(TWO_TASKS, { recordSchedule: true })
    const events = trace.events.flatMap((e) => (e.kind === 'task' && e.task !== 'Task-3' && e.task !== 'Task-4' ? [e] : []))
    expect(events.map((e) => `${e.t} ${e.task} ${e.event}${e.detail ? ' ' + e.detail : ''}${e.line ? ' @' + e.line : ''}`)).toEqual([
      '0 Task-1 created main',
      '0 Task-1 started @6',
      '0 Task-2 created child',
      '0 Task-1 suspended Task-2 @8',
      '0 Task-2 started @3',
      '0 Task-2 suspended sleep(1) @4',
      '1 Task-2 resumed',
      '1 Task-2 done',
      '1 Task-1 resumed',
      '1 Task-1 done',
    ])
    expect(kinds(trace)).toEqual(['task'])
  })

  it('records iterations when asked', async () => {
    const trace = await run(TWO_TASKS, { recordIterations: true })
    expect(trace.events.filter((e) => e.kind === 'iteration').slice(0, 3)).toEqual([
      { kind: 'iteration', t: 0, thread: 'MainThread', ready: [{ kind: 'step', task: 'Task-1' }], timers: [] },
      { kind: 'iteration', t: 0, thread: 'MainThread', ready: [{ kind: 'step', task: 'Task-2' }], timers: [] },
      { kind: 'iteration', t: 1, thread: 'MainThread', ready: [{ kind: 'sleep-done', task: 'Task-2' }], timers: [] },
    ])
  })

  it('records a thread from its start to its end', async () => {
    const trace = await run(
      `
import threading, time

def work():
    time.sleep(2)

t = threading.Thread(target=work)
t.start()
t.join()
`,
      { recordSchedule: true },
    )
    expect(trace.events.map((e) => (e.kind === 'thread' ? `${e.t} ${e.thread} ${e.event}${e.detail ? ' ' + e.detail : ''}` : e.kind))).toEqual([
      '0 MainThread blocked start',
      '0 Thread-1 (work) started',
      '0 Thread-1 (work) blocked time.sleep(2)',
      '0 MainThread resumed',
      '0 MainThread blocked join Thread-1 (work)',
      '2 Thread-1 (work) resumed',
      '2 Thread-1 (work) finished',
      '2 MainThread resumed',
    ])
  })
})

describe('the side-channel parser, schedule lines', () => {
  it('reads task, thread and iteration events', () => {
    const parsed = parseTrace(
      '{"kind":"task","t":0.0,"task":"Task-1","event":"suspended","detail":"sleep(1)","line":4}\n' +
        '{"kind":"thread","t":1.5,"thread":"Thread-1 (w)","event":"blocked","detail":"Event.wait"}\n' +
        '{"kind":"iteration","t":2.0,"thread":"MainThread","ready":[{"kind":"step","task":"Task-1"},{"kind":"callback","name":"print"}],' +
        '"timers":[{"kind":"sleep","when":3.0,"task":"Task-2"},{"kind":"callback","when":4.0,"name":"BaseEventLoop.stop"}]}\n',
    )
    expect(parsed.events).toEqual([
      { kind: 'task', t: 0, task: 'Task-1', event: 'suspended', detail: 'sleep(1)', line: 4 },
      { kind: 'thread', t: 1.5, thread: 'Thread-1 (w)', event: 'blocked', detail: 'Event.wait' },
      {
        kind: 'iteration', t: 2, thread: 'MainThread',
        ready: [{ kind: 'step', task: 'Task-1' }, { kind: 'callback', name: 'print' }],
        timers: [{ kind: 'sleep', when: 3, task: 'Task-2' }, { kind: 'callback', when: 4, name: 'BaseEventLoop.stop' }],
      },
    ])
  })

  it('rejects an unknown task event, a bad line number and a malformed ready item', () => {
    expect(() => parseTrace('{"kind":"task","t":0,"task":"Task-1","event":"paused"}\n')).toThrow(/unknown event/)
    expect(() => parseTrace('{"kind":"task","t":0,"task":"Task-1","event":"started","line":"4"}\n')).toThrow(/line number/)
    expect(() => parseTrace('{"kind":"iteration","t":0,"thread":"MainThread","ready":[{"kind":"step"}],"timers":[]}\n')).toThrow(/"task"/)
  })
})
