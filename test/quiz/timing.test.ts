import { describe, expect, test } from 'vitest'
import type { TimedLine } from '../../src/lessons/expected.js'
import { runModel, type RunFacts } from '../../src/quiz/facts.js'
import { timeChoices, timeOf } from '../../src/quiz/timing.js'
import { async_def, asyncio, print, program } from '../../src/scheduler/python.js'

const line = (t: number, text: string): TimedLine => ({ t, kind: 'stdout', text })

/** gather of 1, 2 and 4 second jobs: 4 s in all, 7 s if the waits added up. */
const GATHERED: RunFacts = {
  lines: [line(0, 'start'), line(1, 'done 1'), line(2, 'done 2'), line(4, 'done 4'), line(4, 'all done')],
  sleeps: [
    { seconds: 1, before: 1 },
    { seconds: 2, before: 1 },
    { seconds: 4, before: 1 },
  ],
}

describe('time choices', () => {
  test('the total is the time of the last line, among the sequential sum and the other times', () => {
    const choices = timeChoices(GATHERED, null)
    expect(timeOf(GATHERED, null)).toBe(4)
    expect(choices).toEqual([
      { t: 2, reason: 'line' },
      { t: 4, reason: 'answer' },
      { t: 7, reason: 'sum' },
      { t: 1, reason: 'line' },
    ].sort((a, b) => a.t - b.t))
  })

  test('for a line, only the sleeps begun before it add up', () => {
    // Two 2 s sleeps side by side print b at 2 s; a 5 s sleep begins after b.
    const facts: RunFacts = {
      lines: [line(0, 'a'), line(2, 'b'), line(7, 'c')],
      sleeps: [
        { seconds: 2, before: 1 },
        { seconds: 2, before: 1 },
        { seconds: 5, before: 2 },
      ],
    }
    const choices = timeChoices(facts, 'b')
    expect(choices.find((c) => c.reason === 'answer')!.t).toBe(2)
    expect(choices.find((c) => c.reason === 'sum')?.t).toBe(4)
    expect(choices.some((c) => c.t === 9)).toBe(false)
  })

  test('there are always four distinct choices, sorted, with the answer exactly once', () => {
    const cases: RunFacts[] = [
      GATHERED,
      { lines: [line(0, 'only')], sleeps: [] },
      { lines: [line(1, 'x'), line(1, 'y')], sleeps: [{ seconds: 1, before: 0 }] },
      { lines: [], sleeps: [] },
    ]
    for (const facts of cases) {
      const choices = timeChoices(facts, null)
      expect(choices).toHaveLength(4)
      expect(new Set(choices.map((c) => c.t)).size).toBe(4)
      expect(choices.map((c) => c.t)).toEqual([...choices.map((c) => c.t)].sort((a, b) => a - b))
      expect(choices.filter((c) => c.reason === 'answer')).toEqual([{ t: timeOf(facts, null), reason: 'answer' }])
    }
  })

  test('times are rounded to the millisecond, so float sums never make two near-equal choices', () => {
    const facts: RunFacts = {
      lines: [line(0.30000000000000004, 'a'), line(0.6000000000000001, 'b')],
      sleeps: [
        { seconds: 0.1, before: 0 },
        { seconds: 0.2, before: 0 },
        { seconds: 0.3, before: 1 },
      ],
    }
    const choices = timeChoices(facts, null)
    expect(choices.map((c) => c.t)).toContain(0.6)
    expect(choices.filter((c) => Math.abs(c.t - 0.6) < 0.001)).toHaveLength(1)
  })

  test('a line that is not in the run has no time', () => {
    expect(timeOf(GATHERED, 'missing')).toBeNaN()
  })
})

describe('the facts of a run', () => {
  test('record each sleep with the number of lines written before it began', () => {
    const say_after = async_def(function* say_after(delay: number, what: string) {
      yield* asyncio.sleep(delay)
      print(what)
    })
    const main = async_def(function* main() {
      print('start')
      yield* say_after(1, 'hello')
      yield* say_after(0.5, 'world')
    })
    const facts = runModel(program(function* () {
      yield* asyncio.run(main())
    }))
    expect(facts.lines.map((l) => [l.t, l.text])).toEqual([
      [0, 'start'],
      [1, 'hello'],
      [1.5, 'world'],
    ])
    expect(facts.sleeps).toEqual([
      { seconds: 1, before: 1 },
      { seconds: 0.5, before: 2 },
    ])
    expect(timeChoices(facts, null).find((c) => c.reason === 'longest')?.t).toBe(1)
  })
})
