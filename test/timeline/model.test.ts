import { describe, expect, test } from 'vitest'
import { buildTimeline, type Row, type Timeline } from '../../src/timeline/model.js'
import { lessonTrace, output, task, thread, traceOf } from './fixtures.js'

const row = (timeline: Timeline, name: string): Row => {
  const found = timeline.rows.find((r) => r.name === name)
  if (found === undefined) throw new Error(`no row ${name} in ${timeline.rows.map((r) => r.name).join(', ')}`)
  return found
}

describe('the timeline model of lesson 03 (create_task)', async () => {
  const timeline = buildTimeline(await lessonTrace('03-create-task'))

  test('has one row per task the program made, named by task and coroutine, and ends at 2 s', () => {
    expect(timeline.rows.map((r) => [r.name, r.coro])).toEqual([
      ['Task-1', 'main'],
      ['Task-2', 'say_after'],
      ['Task-3', 'say_after'],
    ])
    expect(timeline.end).toBe(2)
  })

  test('Task-2 and Task-3 both sleep from t=0 and wake at 1 and 2: the waits overlap', () => {
    expect(row(timeline, 'Task-2').spans).toEqual([{ kind: 'sleep', from: 0, to: 1, label: 'sleep(1)' }])
    expect(row(timeline, 'Task-3').spans).toEqual([{ kind: 'sleep', from: 0, to: 2, label: 'sleep(2)' }])
    expect(row(timeline, 'Task-2').instants).toEqual([
      { kind: 'run', t: 0 },
      { kind: 'run', t: 1 },
      { kind: 'done', t: 1 },
    ])
  })

  test('main awaits Task-2, then Task-3, and ends at 2 s', () => {
    const main = row(timeline, 'Task-1')
    expect(main.spans).toEqual([
      { kind: 'await', from: 0, to: 1, label: 'Task-2' },
      { kind: 'await', from: 1, to: 2, label: 'Task-3' },
    ])
    expect(main.instants.at(-1)).toEqual({ kind: 'done', t: 2 })
    expect(main.pending).toBe(false)
  })

  test('leaves out the clean-up tasks asyncio.run makes, and counts them', () => {
    expect(timeline.hidden).toBe(2)
  })

  test('keeps every output line with its time and the task that printed it', () => {
    expect(timeline.prints.map((p) => [p.t, p.by, p.text])).toEqual([
      [0, 'Task-1', 'started at 18:27:39'],
      [1, 'Task-2', 'hello'],
      [2, 'Task-3', 'world'],
      [2, 'Task-1', 'hello - 1'],
      [2, 'Task-1', 'world - 2'],
      [2, 'Task-1', 'finished at 18:27:41'],
    ])
  })
})

describe('the timeline model of other lessons', () => {
  const byCoro = (timeline: Timeline, coro: string): Row[] => timeline.rows.filter((r) => r.coro === coro)

  test('lesson 04: the three gathered do_some_work tasks all start sleeping at once, and fail() ends failed 0.3 s after it started', async () => {
    const timeline = buildTimeline(await lessonTrace('04-gather'))
    const workers = byCoro(timeline, 'do_some_work')
    expect(workers).toHaveLength(3)
    expect(new Set(workers.map((r) => r.spans[0]!.from)).size).toBe(1)
    expect(workers.map((r) => r.spans[0]!.label).sort()).toEqual(['sleep(1)', 'sleep(2)', 'sleep(4)'])
    const [fail] = byCoro(timeline, 'fail')
    expect(fail!.instants.at(-1)?.kind).toBe('failed')
    expect(fail!.instants.at(-1)!.t - fail!.instants[0]!.t).toBeCloseTo(0.3, 6)
  })

  test('lesson 05: the task wait_for gives up on is cancelled in the middle of its sleep(30)', async () => {
    const timeline = buildTimeline(await lessonTrace('05-wait-vs-wait-for'))
    const cancelled = timeline.rows.filter((r) => r.instants.at(-1)?.kind === 'cancelled')
    expect(cancelled.length).toBeGreaterThan(0)
    for (const r of cancelled) expect(r.spans).toEqual([expect.objectContaining({ kind: 'sleep', label: 'sleep(30)' })])
  })

  test('lesson 06: the future nobody sets leaves main pending at the end (deadlock)', async () => {
    const timeline = buildTimeline(await lessonTrace('06-futures'))
    expect(byCoro(timeline, 'main')[0]!.pending).toBe(true)
    expect(timeline.rows.filter((r) => r.pending)).toHaveLength(1)
  })

  test('lesson 11: a task that blocks with time.sleep is a blocked span, and the next one waits ready behind it', async () => {
    const timeline = buildTimeline(await lessonTrace('11-pitfalls'))
    const [first, second] = byCoro(timeline, 'say_after_blocking')
    expect(first!.spans).toEqual([expect.objectContaining({ kind: 'blocked' })])
    const blocked = first!.spans[0]!
    expect(second!.spans).toEqual([{ kind: 'ready', from: blocked.from, to: blocked.to }, expect.objectContaining({ kind: 'blocked', from: blocked.to })])
  })

  test('lesson 09: the second blocking job is ready while the first blocks the loop, then blocks in turn', async () => {
    const timeline = buildTimeline(await lessonTrace('09-threadsafe-loops'))
    const [first, second] = byCoro(timeline, 'do_blocking_work')
    expect(first!.spans).toEqual([expect.objectContaining({ kind: 'blocked', from: 6, to: 12 })])
    expect(second!.spans).toEqual([
      { kind: 'ready', from: 6, to: 12 },
      expect.objectContaining({ kind: 'blocked', from: 12, to: 16 }),
    ])
    expect(timeline.prints[0]).toMatchObject({ t: 0, by: 'MainThread', text: 'TIME: 0.0' })
  })
})

describe('the timeline model of hand-made traces', () => {
  test('a sleep its loop could not end on time is a sleep until it was due, then ready', () => {
    const timeline = buildTimeline(
      traceOf([task(0, 'Task-1', 'created', 'nap'), task(0, 'Task-1', 'started'), task(0, 'Task-1', 'suspended', 'sleep(1)'), task(3, 'Task-1', 'resumed'), task(3, 'Task-1', 'done')]),
    )
    expect(timeline.rows[0]!.spans).toEqual([
      { kind: 'sleep', from: 0, to: 1, label: 'sleep(1)' },
      { kind: 'ready', from: 1, to: 3 },
    ])
  })

  test('a task cancelled before it ever ran is ready until it is cancelled', () => {
    const timeline = buildTimeline(traceOf([task(0, 'Task-2', 'created', 'job'), task(2, 'Task-2', 'cancelled')]))
    expect(timeline.rows[0]).toMatchObject({ spans: [{ kind: 'ready', from: 0, to: 2 }], instants: [{ kind: 'cancelled', t: 2 }], pending: false })
  })

  test('a run during which its thread blocked is labelled with the blocking call', () => {
    const timeline = buildTimeline(
      traceOf([
        thread(0, 'MainThread', 'blocked', 'run_forever'),
        thread(0, 'MainThread', 'resumed'),
        task(0, 'Task-1', 'created', 'work'),
        task(0, 'Task-1', 'started'),
        thread(0, 'MainThread', 'blocked', 'time.sleep(2)'),
        thread(2, 'MainThread', 'resumed'),
        output(2, 'done', { task: 'Task-1' }),
        task(2, 'Task-1', 'done'),
      ]),
    )
    expect(timeline.rows.map((r) => r.kind)).toEqual(['thread', 'task'])
    expect(row(timeline, 'Task-1').spans).toEqual([{ kind: 'blocked', from: 0, to: 2, label: 'time.sleep(2)' }])
    expect(row(timeline, 'MainThread').spans).toEqual([{ kind: 'blocked', from: 0, to: 2, label: 'time.sleep(2)' }])
  })

  test('a thread waits in join as an await, idles in run_forever as a sleep, runs when it resumes, and finishes done', () => {
    const timeline = buildTimeline(
      traceOf([
        thread(0, 'Thread-1 (worker)', 'started'),
        thread(0, 'Thread-1 (worker)', 'blocked', 'run_forever'),
        thread(0, 'MainThread', 'blocked', 'join Thread-1 (worker)'),
        thread(3, 'Thread-1 (worker)', 'resumed'),
        thread(3, 'Thread-1 (worker)', 'finished'),
        thread(3, 'MainThread', 'resumed'),
      ]),
    )
    expect(row(timeline, 'Thread-1 (worker)')).toMatchObject({
      spans: [{ kind: 'sleep', from: 0, to: 3, label: 'run_forever' }],
      instants: [{ kind: 'run', t: 0 }, { kind: 'run', t: 3 }, { kind: 'done', t: 3 }],
    })
    expect(row(timeline, 'MainThread').spans).toEqual([{ kind: 'await', from: 0, to: 3, label: 'join Thread-1 (worker)' }])
  })

  test('a task still waiting when a deadlock ends the run is pending, its wait drawn to the end', () => {
    const timeline = buildTimeline(
      traceOf([task(0, 'Task-1', 'created', 'main'), task(0, 'Task-1', 'started'), task(0, 'Task-1', 'suspended', 'Future')], {
        kind: 'deadlock',
        t: 5,
        stuck: [{ task: 'Task-1', coro: 'main', waitsOn: 'Future' }],
      }),
    )
    expect(timeline.end).toBe(5)
    expect(timeline.rows[0]).toMatchObject({ pending: true, spans: [{ kind: 'await', from: 0, to: 5, label: 'Future' }] })
  })
})
