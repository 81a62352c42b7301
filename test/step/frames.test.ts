import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { runOnEngine } from '../../src/lessons/evaluate.js'
import { loadLibrary, type Library } from '../../src/lessons/loader.js'
import { importedModules } from '../../src/lessons/modules.js'
import type { Trace } from '../../src/scheduler/trace.js'
import { buildSteps, type Frame, type IterationFrame, type TaskState } from '../../src/step/frames.js'
import { gatherTrace, lesson03 } from './fixtures.js'

const statusOf = (frame: Frame, task: string): TaskState['status'] | undefined => frame.tasks.find((t) => t.name === task)?.status
const iterations = (frames: readonly Frame[]): IterationFrame[] => frames.filter((f): f is IterationFrame => f.kind === 'iteration')

describe('frames of a hand-made lesson 03 trace', () => {
  const run = buildSteps(lesson03())

  test('one frame per iteration, then the end', () => {
    expect(run.frames).toHaveLength(10)
    expect(run.frames.map((f) => f.kind)).toEqual([...Array<string>(9).fill('iteration'), 'end'])
    expect(run.frames.map((f) => f.index)).toEqual([...run.frames.keys()])
  })

  test('the events before the first iteration belong to it: Task-1 is created by then', () => {
    const first = run.frames[0]!
    expect(first.tasks.map((t) => t.name)).toEqual(['Task-1', 'Task-2', 'Task-3'])
    expect(statusOf(first, 'Task-1')).toEqual({ kind: 'waiting', on: 'Task-2' })
    expect(statusOf(first, 'Task-2')).toEqual({ kind: 'new' })
  })

  test('after the second iteration Task-2 and Task-3 sleep until 1.000 and 2.000, their timers new', () => {
    const second = run.frames[1] as IterationFrame
    expect(second.ready).toEqual([{ kind: 'step', task: 'Task-2' }, { kind: 'step', task: 'Task-3' }])
    expect(statusOf(second, 'Task-2')).toMatchObject({ kind: 'sleeping', until: 1 })
    expect(statusOf(second, 'Task-3')).toMatchObject({ kind: 'sleeping', until: 2 })
    expect(second.newTimers).toEqual([
      { kind: 'sleep', when: 1, task: 'Task-2' },
      { kind: 'sleep', when: 2, task: 'Task-3' },
    ])
  })

  test('a due sleep wakes its task: the next iteration runs its step', () => {
    const due = run.frames[2] as IterationFrame
    expect(due.t).toBe(1)
    expect(due.ready).toEqual([{ kind: 'sleep-done', task: 'Task-2' }])
    expect(due.timers).toEqual([{ kind: 'sleep', when: 2, task: 'Task-3' }])
    expect(statusOf(due, 'Task-2')).toEqual({ kind: 'ready' })
    expect(due.tasks.find((t) => t.name === 'Task-3')!.changed).toBe(false)
  })

  test('output so far only grows, and each frame knows which lines are its own', () => {
    const printed = run.frames.map((f) => [f.printedBefore, f.printed])
    expect(printed).toEqual([[0, 1], [1, 1], [1, 1], [1, 2], [2, 2], [2, 2], [2, 3], [3, 6], [6, 6], [6, 6]])
    expect(run.output.map((line) => line.text)).toEqual(['started at 18:27:39', 'hello', 'world', 'hello - 1', 'world - 2', 'finished at 18:27:41'])
  })

  test('iterations are numbered per thread', () => {
    expect(iterations(run.frames).map((f) => `${f.thread}#${f.iteration}`)).toEqual(Array.from({ length: 9 }, (_, i) => `MainThread#${i + 1}`))
  })

  test('the end frame carries the outcome, every task finished', () => {
    const end = run.frames[run.frames.length - 1]!
    expect(end).toMatchObject({ kind: 'end', t: 2, outcome: { kind: 'ok' } })
    expect(end.tasks.every((t) => t.status.kind === 'done')).toBe(true)
  })

  test('without line numbers in the trace there are no line marks; with them, each task keeps its line until it finishes', () => {
    expect(run.lineMarks).toBe(false)
    const marked = buildSteps(lesson03(true))
    expect(marked.lineMarks).toBe(true)
    expect(marked.frames[1]!.tasks.map((t) => [t.name, t.line])).toEqual([
      ['Task-1', 16],
      ['Task-2', 6],
      ['Task-3', 6],
    ])
    expect(marked.frames[3]!.tasks.find((t) => t.name === 'Task-2')!.line).toBeUndefined()
  })
})

describe('frames of a gather', () => {
  test('a task yielding with sleep(0) gives way; the waiter on gather is left waiting', () => {
    const run = buildSteps(gatherTrace())
    expect(statusOf(run.frames[1]!, 'Task-2')).toEqual({ kind: 'yielded' })
    expect(statusOf(run.frames[1]!, 'Task-3')).toEqual({ kind: 'done' })
    expect(statusOf(run.frames[1]!, 'Task-1')).toEqual({ kind: 'waiting', on: 'gather' })
  })
})

describe('a trace with no iteration recorded', () => {
  test('is only the end frame, with the state its events left', () => {
    const trace: Trace = { engine: 'embedded', events: [{ kind: 'task', t: 0, task: 'Task-1', event: 'created', detail: 'main' }], outcome: { kind: 'ok' } }
    const run = buildSteps(trace)
    expect(run.frames).toHaveLength(1)
    expect(run.frames[0]).toMatchObject({ kind: 'end', tasks: [{ name: 'Task-1', status: { kind: 'new' } }] })
  })
})

describe('frames of real runs on the embedded engine', () => {
  let library: Library
  const record = async (id: string): Promise<Trace> => {
    const entry = library.entries.find((e) => e.id.startsWith(id))!
    return runOnEngine(entry.lesson!, 'embedded', { record: 'steps' })
  }
  beforeAll(async () => {
    library = await loadLibrary(join(import.meta.dirname, '..', '..', 'lessons'), importedModules(), { programs: true })
  })

  test('lesson 03: Task-2 and Task-3 sleep with timers at 1.000 and 2.000, then wake in turn', async () => {
    const run = buildSteps(await record('03'))
    const frames = iterations(run.frames)
    const second = frames[1]!
    expect(statusOf(second, 'Task-2')).toMatchObject({ kind: 'sleeping', until: 1 })
    expect(statusOf(second, 'Task-3')).toMatchObject({ kind: 'sleeping', until: 2 })
    expect(second.newTimers.map((timer) => [timer.when, timer.kind === 'sleep' && timer.task])).toEqual([
      [1, 'Task-2'],
      [2, 'Task-3'],
    ])
    expect(frames[2]).toMatchObject({ t: 1, ready: [{ kind: 'sleep-done', task: 'Task-2' }], timers: [{ kind: 'sleep', when: 2, task: 'Task-3' }] })
    expect(frames.find((f) => f.ready.some((item) => item.kind === 'sleep-done' && item.task === 'Task-3'))!.t).toBe(2)
    expect(run.output.map((line) => line.text)).toContain('hello')
    expect(run.frames[run.frames.length - 1]).toMatchObject({ kind: 'end', t: 2 })
  })

  test('lesson 03 on CPython: the same frames, with each parked task\'s line of main.py', async () => {
    const entry = library.entries.find((e) => e.id.startsWith('03'))!
    const [embedded, cpython] = [buildSteps(await record('03')), buildSteps(await runOnEngine(entry.lesson!, 'python', { record: 'steps' }))]
    expect(cpython.lineMarks).toBe(true)
    expect(cpython.frames.map((f) => f.kind === 'iteration' && f.ready)).toEqual(embedded.frames.map((f) => f.kind === 'iteration' && f.ready))
    expect(cpython.frames[1]!.tasks.map((t) => [t.name, t.status.kind, t.line])).toEqual([
      ['Task-1', 'waiting', 16],
      ['Task-2', 'sleeping', 6],
      ['Task-3', 'sleeping', 6],
    ])
  })

  test('lesson 09: the loop runs in Thread-1 while the main thread blocks, and the frames say so', async () => {
    const run = buildSteps(await record('09'))
    const frames = iterations(run.frames)
    expect(new Set(frames.map((f) => f.thread))).toEqual(new Set(['Thread-1 (start_loop)']))
    expect(frames[0]!.threads.find((t) => t.name === 'MainThread')!.status).toEqual({ kind: 'blocked', where: 'Future.result' })
  })

  test('every lesson cuts into frames whose output adds up to the whole run', async () => {
    for (const entry of library.entries) {
      const trace = await runOnEngine(entry.lesson!, 'embedded', { record: 'steps' })
      const run = buildSteps(trace)
      expect(run.frames.length, entry.id).toBeGreaterThan(1)
      expect(run.frames[run.frames.length - 1]!.printed, entry.id).toBe(run.output.length)
      for (const frame of iterations(run.frames)) expect(frame.reason.length, `${entry.id} step ${frame.index + 1}`).toBeGreaterThan(0)
    }
  })
})
