import { describe, expect, test } from 'vitest'
import { applyEdits, validateVariants } from '../../src/quiz/variants.js'
import { program } from '../../src/scheduler/python.js'

const MAIN = 'async def main():\n    task = asyncio.create_task(work())\n    await task\n'

const GOOD = {
  id: 'no-task',
  change: { zh: '不创建任务', en: 'no task' },
  edits: [{ replace: '    task = asyncio.create_task(work())\n    await task\n', with: '    await work()\n' }],
  program: program(function* () {}),
  quiz: [{ kind: 'time', prompt: { zh: '多久', en: 'How long' } }],
}

describe("a variant's edits", () => {
  test('replace text of main.py', () => {
    expect(applyEdits(MAIN, GOOD.edits)).toEqual({ source: 'async def main():\n    await work()\n' })
  })

  test('apply in order, each to the result of the previous', () => {
    const edits = [
      { replace: 'work()', with: 'rest()' },
      { replace: 'rest', with: 'sleep' },
    ]
    expect(applyEdits(MAIN, edits)).toEqual({ source: MAIN.replace('work()', 'sleep()') })
  })

  test('that are not found, or found twice, are problems naming the edit', () => {
    expect(applyEdits(MAIN, [{ replace: 'nowhere', with: '' }])).toMatchObject({ edit: 0, problem: { en: 'is not found in main.py' } })
    expect(applyEdits(MAIN, [{ replace: 'task', with: 't' }])).toMatchObject({ edit: 0, problem: { en: expect.stringContaining('more than once') } })
  })
})

describe('validating variants', () => {
  const validate = (value: unknown) => validateVariants(value, '03-x', 'lessons/03-x/variants.ts', MAIN)

  test('a lesson without variants has none, and no problem', () => {
    expect(validate(undefined)).toEqual({ variants: [], problems: [] })
  })

  test('good variants pass as they are', () => {
    expect(validate([GOOD])).toEqual({ variants: [GOOD], problems: [] })
  })

  test('each bad field is a problem with its path, and no variant is used', () => {
    const bad = [
      { ...GOOD, id: 'Not A Slug', change: { en: 'only English' } },
      { ...GOOD, id: 'b', program: 'nope', edits: [{ replace: 'missing', with: '' }] },
      { ...GOOD, id: 'c', quiz: [{ kind: 'choice', prompt: { zh: '选', en: 'Pick' } }, { kind: 'order', prompt: { zh: '排', en: 'Order' }, lines: ['one'] }] },
      { ...GOOD, id: 'd', quiz: [] },
    ]
    const { variants, problems } = validate(bad)
    expect(variants).toEqual([])
    expect(problems.map((p) => p.field)).toEqual([
      'variants[0].id',
      'variants[0].change',
      'variants[1].program',
      'variants[1].edits[0].replace',
      'variants[2].quiz[0]',
      'variants[2].quiz[1].lines',
      'variants[3].quiz',
    ])
    expect(problems.every((p) => p.file === 'lessons/03-x/variants.ts' && p.lesson === '03-x')).toBe(true)
  })

  test('two variants with one id are a problem', () => {
    expect(validate([GOOD, GOOD]).problems.map((p) => p.message.en)).toEqual(['"no-task" is used twice'])
  })

  test('something that is not a list is a problem, not a throw', () => {
    expect(validate({ not: 'a list' }).problems.map((p) => p.field)).toEqual(['variants'])
  })
})
