/**
 * Hand-made traces in the shape both engines record with iterations on: lesson 03 (two tasks
 * sleeping 1 s and 2 s while main awaits them), with and without CPython's line marks, and a
 * gather. They keep the pure step tests independent of the engines.
 */
import type { IterationEvent, ReadyItem, TaskEvent, TimerItem, Trace, TraceEvent } from '../../src/scheduler/trace.js'

const step = (task: string): ReadyItem => ({ kind: 'step', task })
const sleepDone = (task: string): ReadyItem => ({ kind: 'sleep-done', task })
const callback = (name: string): ReadyItem => ({ kind: 'callback', name })
const sleep = (when: number, task: string): TimerItem => ({ kind: 'sleep', when, task })

function iteration(t: number, ready: readonly ReadyItem[], timers: readonly TimerItem[] = [], thread = 'MainThread'): IterationEvent {
  return { kind: 'iteration', t, thread, ready, timers }
}

function task(t: number, name: string, event: TaskEvent['event'], detail?: string, line?: number): TaskEvent {
  return { kind: 'task', t, task: name, event, ...(detail === undefined ? {} : { detail }), ...(line === undefined ? {} : { line }) }
}

function print(t: number, text: string, taskName?: string): TraceEvent {
  return { kind: 'output', t, stream: 'stdout', text, thread: 'MainThread', ...(taskName === undefined ? {} : { task: taskName }) }
}

/** Lesson 03 (create_task), as the embedded engine records it; `lines` adds CPython's line marks. */
export function lesson03(lines = false): Trace {
  const at = (line: number): number | undefined => (lines ? line : undefined)
  const events: TraceEvent[] = [
    task(0, 'Task-1', 'created', 'main'),
    iteration(0, [step('Task-1')]),
    task(0, 'Task-1', 'started'),
    task(0, 'Task-2', 'created', 'say_after'),
    task(0, 'Task-3', 'created', 'say_after'),
    print(0, 'started at 18:27:39', 'Task-1'),
    task(0, 'Task-1', 'suspended', 'Task-2', at(16)),
    iteration(0, [step('Task-2'), step('Task-3')]),
    task(0, 'Task-2', 'started'),
    task(0, 'Task-2', 'suspended', 'sleep(1)', at(6)),
    task(0, 'Task-3', 'started'),
    task(0, 'Task-3', 'suspended', 'sleep(2)', at(6)),
    iteration(1, [sleepDone('Task-2')], [sleep(2, 'Task-3')]),
    iteration(1, [step('Task-2')], [sleep(2, 'Task-3')]),
    task(1, 'Task-2', 'resumed'),
    print(1, 'hello', 'Task-2'),
    task(1, 'Task-2', 'done'),
    iteration(1, [step('Task-1')], [sleep(2, 'Task-3')]),
    task(1, 'Task-1', 'resumed'),
    task(1, 'Task-1', 'suspended', 'Task-3', at(17)),
    iteration(2, [sleepDone('Task-3')]),
    iteration(2, [step('Task-3')]),
    task(2, 'Task-3', 'resumed'),
    print(2, 'world', 'Task-3'),
    task(2, 'Task-3', 'done'),
    iteration(2, [step('Task-1')]),
    task(2, 'Task-1', 'resumed'),
    print(2, 'hello - 1', 'Task-1'),
    print(2, 'world - 2', 'Task-1'),
    print(2, 'finished at 18:27:41', 'Task-1'),
    task(2, 'Task-1', 'done'),
    iteration(2, [callback('_run_until_complete_cb')]),
  ]
  return { engine: lines ? 'cpython' : 'embedded', events, outcome: { kind: 'ok' } }
}

/** `await asyncio.gather(a(), b())` in main: the children end, gather's callback runs. */
export function gatherTrace(): Trace {
  const events: TraceEvent[] = [
    task(0, 'Task-1', 'created', 'main'),
    iteration(0, [step('Task-1')]),
    task(0, 'Task-1', 'started'),
    task(0, 'Task-2', 'created', 'a'),
    task(0, 'Task-3', 'created', 'b'),
    task(0, 'Task-1', 'suspended', 'gather'),
    iteration(0, [step('Task-2'), step('Task-3')]),
    task(0, 'Task-2', 'started'),
    task(0, 'Task-2', 'suspended', 'sleep(0)'),
    task(0, 'Task-3', 'started'),
    task(0, 'Task-3', 'done'),
    iteration(0, [callback('_done_callback'), step('Task-2')]),
    task(0, 'Task-2', 'resumed'),
    task(0, 'Task-2', 'done'),
    iteration(0, [callback('_done_callback')]),
  ]
  return { engine: 'embedded', events, outcome: { kind: 'ok' } }
}
