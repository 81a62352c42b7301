/** Real-time playback on a fake clock: what the loop waits for, and when each beat is written. */
import { describe, expect, test } from 'vitest'
import { play, type Beat } from '../../src/cli/playback/realtime.js'
import { waitsAt, waitTimeline } from '../../src/cli/playback/waits.js'
import { pauseStatus } from '../../src/cli/views/pause.js'
import { StoppedError } from '../../src/errors.js'
import { runProgram } from '../../src/scheduler/program.js'
import type { TraceEvent } from '../../src/scheduler/trace.js'
import { Translator } from '../../src/ui/i18n.js'
import { PLAIN } from '../../src/ui/style.js'
import { displayWidth } from '../../src/ui/width.js'
import createTask from '../../lessons/03-create-task/model.js'
import { FakeClock, FakeSpinner } from './fake-live.js'
import { stopped } from '../../src/cli/terminal/live.js'

const task = (t: number, name: string, event: string, detail?: string): TraceEvent =>
  ({ kind: 'task', t, task: name, event, ...(detail === undefined ? {} : { detail }) }) as TraceEvent

describe('what the loop waits for', () => {
  const timeline = waitTimeline(runProgram(createTask).events)

  test('in lesson 3, both tasks sleep and main waits for the first, until hello at 1 s', () => {
    expect(waitsAt(timeline, 0.5)).toEqual([
      { task: 'Task-2', kind: 'sleep', until: 1 },
      { task: 'Task-3', kind: 'sleep', until: 2 },
      { task: 'Task-1', kind: 'await', on: 'Task-2' },
    ])
  })

  test('after hello, main waits for the second task while it sleeps on', () => {
    expect(waitsAt(timeline, 1.5)).toEqual([
      { task: 'Task-3', kind: 'sleep', until: 2 },
      { task: 'Task-1', kind: 'await', on: 'Task-3' },
    ])
  })

  test('once the program ends nothing waits', () => {
    expect(waitsAt(timeline, 2)).toEqual([])
    expect(waitsAt(timeline, 99)).toEqual([])
  })

  test('a task that wakes and parks again in one instant shows only its new wait', () => {
    const events = [task(0, 'Task-1', 'created'), task(0, 'Task-1', 'started'), task(0, 'Task-1', 'suspended', 'sleep(1)')]
    events.push(task(1, 'Task-1', 'resumed'), task(1, 'Task-1', 'suspended', 'sleep(0.25)'))
    expect(waitsAt(waitTimeline(events), 1.1)).toEqual([{ task: 'Task-1', kind: 'sleep', until: 1.25 }])
  })

  test('sleep(0) is not a wait, and sleepers are listed soonest first', () => {
    const events = [task(0, 'Task-1', 'suspended', 'sleep(5)'), task(0, 'Task-2', 'suspended', 'sleep(0)'), task(0, 'Task-3', 'suspended', 'sleep(2)')]
    expect(waitsAt(waitTimeline(events), 0).map((w) => w.task)).toEqual(['Task-3', 'Task-1'])
  })

  test('a CPython trace has no task events: nothing is known to wait', () => {
    expect(waitTimeline([{ kind: 'output', t: 1, stream: 'stdout', text: 'x', thread: 'MainThread' }])).toEqual([])
  })
})

describe('the spinner line', () => {
  const ui = { tr: new Translator('en'), style: PLAIN, width: 80 }

  test('shows the clock and the waits, soonest timer first', () => {
    const waits = waitsAt(waitTimeline(runProgram(createTask).events), 0.5)
    expect(pauseStatus(0.512, waits, { ...ui, width: 120 })).toBe('t=0.512s  Task-2 sleeping until 1.000s · Task-3 sleeping until 2.000s · Task-1 waiting for Task-2')
  })

  test('is cut to the terminal, spinner included, and says so', () => {
    const waits = waitsAt(waitTimeline(runProgram(createTask).events), 0.5)
    const line = pauseStatus(0.5, waits, { ...ui, width: 40, tr: new Translator('zh') })
    expect(displayWidth(line)).toBeLessThanOrEqual(38)
    expect(line).toMatch(/^t=0\.500s {2}Task-2 睡眠到.*…$/)
  })

  test('without task events it only says that the loop waits', () => {
    expect(pauseStatus(1, [], ui)).toBe('t=1.000s  the loop is waiting')
  })
})

describe('playback', () => {
  const beats: Beat[] = [
    { t: 0, rows: ['started'] },
    { t: 1, rows: ['hello'] },
    { t: 2, rows: ['world', '  (wrapped)'] },
    { t: 2, rows: ['done'] },
  ]

  function player(options: { speed?: number; tty?: boolean } = {}) {
    const log: string[] = []
    const clock = new FakeClock()
    const start = clock.time
    const spinner = options.tty === true ? new FakeSpinner(log) : null
    const run = (signal?: AbortSignal) =>
      play(beats, {
        speed: options.speed ?? 1,
        clock,
        spinner,
        status: (t) => `t=${t.toFixed(2)}`,
        write: (rows) => log.push(`${clock.time - start}ms: ${rows.join(' / ')}`),
        signal,
      })
    return { log, clock, run }
  }

  test('without a terminal, each beat is written at its time and nothing else is', async () => {
    const { log, clock, run } = player()
    await run()
    expect(log).toEqual(['0ms: started', '1000ms: hello', '2000ms: world /   (wrapped)', '2000ms: done'])
    expect(clock.sleeps).toEqual([1000, 1000])
  })

  test('--speed 10 plays ten times faster', async () => {
    const { log, run } = player({ speed: 10 })
    await run()
    expect(log).toEqual(['0ms: started', '100ms: hello', '200ms: world /   (wrapped)', '200ms: done'])
  })

  test('on a terminal the spinner ticks through each pause and is gone before every write', async () => {
    const { log, run } = player({ tty: true, speed: 4 })
    await run()
    expect(log).toEqual([
      '0ms: started',
      'spinner: t=0.00',
      'spinner: t=0.20',
      'spinner: t=0.40',
      'spinner: t=0.60',
      'spinner: t=0.80',
      'spinner hidden',
      '250ms: hello',
      'spinner: t=1.00',
      'spinner: t=1.20',
      'spinner: t=1.40',
      'spinner: t=1.60',
      'spinner: t=1.80',
      'spinner hidden',
      '500ms: world /   (wrapped)',
      '500ms: done',
    ])
  })

  test('an abort mid-pause ends playback at once with its reason, the spinner hidden', async () => {
    const { log, clock, run } = player({ tty: true })
    const controller = new AbortController()
    clock.onSleep = () => {
      if (clock.sleeps.length === 3) controller.abort(stopped())
    }
    await expect(run(controller.signal)).rejects.toBeInstanceOf(StoppedError)
    expect(log.at(-1)).toBe('spinner hidden')
    expect(log.filter((line) => line.includes('ms:'))).toEqual(['0ms: started'])
  })
})
