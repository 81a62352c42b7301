/**
 * Headlines: each proof measured on a run, validation of the field (reported with file and field,
 * never thrown), and the built-in lessons carrying every headline result of the source articles.
 */
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { Headline, LessonDefinition, Proof } from '../../src/lessons/define.js'
import type { TimedLine } from '../../src/lessons/expected.js'
import { describeProof, measure, verifyHeadlines } from '../../src/lessons/headlines.js'
import { loadLibrary, type Library, type LessonEntry } from '../../src/lessons/loader.js'
import { importedModules } from '../../src/lessons/modules.js'
import { Fixture, goodDefinition } from './fixtures.js'

const out = (t: number, text: string): TimedLine => ({ t, kind: 'stdout', text })
const RUN: TimedLine[] = [out(0, 'started'), out(1, 'hello'), out(3, 'world'), { t: 3, kind: 'deadlock', text: 'Task-1 main() waits on Future' }]
const claim = { zh: '结论', en: 'claim' }
const headline = (proof: Proof): Headline => ({ claim, proof })

describe('measuring a proof on a run', () => {
  test('a line: when it is printed', () => {
    expect(measure({ line: 'hello', at: 1 }, RUN)).toBe(1)
  })

  test('a span: the time between two lines', () => {
    expect(measure({ from: 'started', to: 'world', seconds: 3 }, RUN)).toBe(3)
  })

  test('a total: the time of the last line', () => {
    expect(measure({ total: 3 }, RUN)).toBe(3)
  })

  test('an ending: when the run ended with that outcome, and null when it ended otherwise', () => {
    expect(measure({ ends: 'deadlock', at: 3 }, RUN)).toBe(3)
    expect(measure({ ends: 'exception', at: 3 }, RUN)).toBeNull()
  })

  test('a line the run lacks measures nothing', () => {
    expect(measure({ line: 'goodbye', at: 1 }, RUN)).toBeNull()
    expect(measure({ from: 'started', to: 'goodbye', seconds: 1 }, RUN)).toBeNull()
  })
})

describe('verifying headlines', () => {
  test('a headline holds within 1 ms of its proof and fails beyond', () => {
    const late = [out(0, 'started'), out(1.0009, 'hello'), out(3.002, 'world')]
    const results = verifyHeadlines([headline({ line: 'hello', at: 1 }), headline({ line: 'world', at: 3 })], late)
    expect(results.map((r) => [r.index, r.ok, r.expected, r.actual])).toEqual([
      [0, true, 1, 1.0009],
      [1, false, 3, 3.002],
    ])
  })

  test('a headline whose line is missing fails with no actual value', () => {
    const [result] = verifyHeadlines([headline({ line: 'goodbye', at: 1 })], RUN)
    expect(result).toMatchObject({ ok: false, actual: null })
  })

  test('each proof reads as a sentence in both languages', () => {
    expect(describeProof({ from: 'a', to: 'b', seconds: 0.6 })).toEqual({ en: 'from "a" to "b": 0.6s', zh: '从 "a" 到 "b"：0.6s' })
    expect(describeProof({ ends: 'deadlock', at: 3 }).en).toBe('ends with a deadlock at 3s')
  })
})

describe('validating headlines', () => {
  let fixture: Fixture | undefined
  afterEach(() => fixture?.remove())

  async function problemsOf(headlines: unknown, changes: Partial<LessonDefinition> = {}): Promise<Array<{ file: string; field?: string; en: string }>> {
    fixture = new Fixture()
    fixture.add('01-hello', { lesson: { ...goodDefinition('01-hello'), ...changes, headlines } })
    const [entry] = (await loadLibrary(fixture.root, fixture.moduleSource(), { programs: false })).entries as LessonEntry[]
    return entry!.problems.map((p) => ({ file: p.file, ...(p.field === undefined ? {} : { field: p.field }), en: p.message.en }))
  }

  test('a headline that holds on expected.out is no problem, with or without a source', async () => {
    const sources = { sources: ['000_e06858303655a35c' as const] }
    expect(await problemsOf([{ claim, proof: { from: 'hello', to: 'world', seconds: 1 } }], sources)).toEqual([])
    expect(await problemsOf([{ source: '000_e06858303655a35c', claim, proof: { line: 'world', at: 1 } }], sources)).toEqual([])
  })

  test('a source that is not one of the lesson’s sources names the field', async () => {
    expect(await problemsOf([{ source: '001_361b7303b1ac2a15', claim, proof: { total: 1 } }])).toEqual([
      { file: 'lessons/01-hello/lesson.ts', field: 'headlines[0].source', en: '"001_361b7303b1ac2a15" is not one of the lesson\'s sources (none)' },
    ])
  })

  test('a line that is not in expected.out names the field', async () => {
    expect(await problemsOf([{ claim, proof: { from: 'hello', to: 'goodbye', seconds: 1 } }])).toEqual([
      { file: 'lessons/01-hello/lesson.ts', field: 'headlines[0].proof.to', en: '"goodbye" is not a line of expected.out' },
    ])
  })

  test('a claim that expected.out contradicts is reported with what it shows', async () => {
    expect(await problemsOf([{ claim, proof: { line: 'world', at: 2 } }])).toEqual([
      { file: 'lessons/01-hello/lesson.ts', field: 'headlines[0].proof', en: 'says "world" at 2s, but expected.out shows 1s' },
    ])
    expect(await problemsOf([{ claim, proof: { ends: 'deadlock', at: 1 } }])).toEqual([
      { file: 'lessons/01-hello/lesson.ts', field: 'headlines[0].proof', en: 'says ends with a deadlock at 1s, but expected.out does not show it' },
    ])
  })

  test('malformed headlines are problems of their fields, not crashes', async () => {
    const problems = await problemsOf([
      'oops',
      { claim: { en: 'only English' }, proof: { line: 'hello', at: -1 } },
      { claim, proof: { seconds: 1 } },
      { claim, proof: { ends: 'timeout', at: 1 } },
      { claim, proof: { total: 1, extra: true } },
    ])
    expect(problems.map((p) => p.field)).toEqual([
      'headlines[0]',
      'headlines[1].claim.zh',
      'headlines[1].proof.at',
      'headlines[2].proof',
      'headlines[3].proof.ends',
      'headlines[4].proof.extra',
    ])
    expect(await problemsOf('none')).toEqual([{ file: 'lessons/01-hello/lesson.ts', field: 'headlines', en: 'should be a list of { source, claim, proof }' }])
  })
})

describe("the built-in lessons' headlines", () => {
  let library: Library
  beforeAll(async () => {
    library = await loadLibrary(join(import.meta.dirname, '..', '..', 'lessons'), importedModules(), { programs: false })
  })

  /** Every headline result of shared/seeds/README.md, by article, as the proof that shows it. */
  const ARTICLES_HEADLINES: ReadonlyArray<readonly [string, Proof]> = [
    ['000_e06858303655a35c', { from: 'started at 18:27:39', to: 'finished at 18:27:42', seconds: 3 }],
    ['000_e06858303655a35c', { from: 'started at 18:27:39', to: 'finished at 18:27:41', seconds: 2 }],
    ['000_e06858303655a35c', { line: "['hello - 1', 'world - 2']", at: 2 }],
    ['001_361b7303b1ac2a15', { line: 'wait(): 2 done, 0 pending', at: 5 }],
    ['001_361b7303b1ac2a15', { line: 'r: 10089', at: 3 }],
    ['001_361b7303b1ac2a15', { ends: 'deadlock', at: 3 }],
    ['002_40e19c09442e2905', { line: 'cancelled: True', at: 6 }],
    ['002_40e19c09442e2905', { line: 'cancelled: False', at: 7 }],
    ['002_40e19c09442e2905', { from: 'Task ret: Done after 2s', to: 'result: [1, 2] in 0.6 seconds', seconds: 0.6 }],
    ['003_dc5f40af9c7b7458', { line: 'finished at 18:27:42', at: 3 }],
    ['003_dc5f40af9c7b7458', { line: 'finished at 18:27:41', at: 2 }],
    ['004_6731580dbfcb4d9f', { from: 'waiting: 4', to: 'Task ret: Done after 4s', seconds: 4 }],
    ['004_6731580dbfcb4d9f', { from: 'TIME: 0.0', to: 'coroutines: 6 4, TIME: 6.0', seconds: 6 }],
  ]

  test('every headline result of the articles is a headline of some lesson, and holds on its expected.out', () => {
    expect(library.entries.flatMap((e) => e.problems)).toEqual([])
    const declared = library.entries.flatMap((e) => (e.lesson?.definition.headlines ?? []).map((h) => ({ lesson: e.lesson!, headline: h })))
    for (const [source, proof] of ARTICLES_HEADLINES) {
      const found = declared.find((d) => d.headline.source === source && JSON.stringify(d.headline.proof) === JSON.stringify(proof))
      expect(found, `${source} ${JSON.stringify(proof)}`).toBeDefined()
      expect(verifyHeadlines([found!.headline], found!.lesson.expected)[0]!.ok).toBe(true)
    }
  })

  test('every built-in headline names its article', () => {
    for (const entry of library.entries) {
      for (const h of entry.lesson?.definition.headlines ?? []) expect(h.source, `${entry.id}: ${h.claim.en}`).toBeDefined()
    }
  })
})
