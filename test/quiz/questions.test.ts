import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../src/lessons/loader.js'
import { importedModules } from '../../src/lessons/modules.js'
import { prepareQuiz } from '../../src/quiz/prepare.js'
import type { LessonDefinition } from '../../src/lessons/define.js'
import type { TimedLine } from '../../src/lessons/expected.js'
import type { RunFacts } from '../../src/quiz/facts.js'
import { generateQuiz, type QuizInput } from '../../src/quiz/questions.js'
import type { VariantDefinition } from '../../src/quiz/variants.js'
import { program } from '../../src/scheduler/python.js'

const line = (t: number, text: string): TimedLine => ({ t, kind: 'stdout', text })
const FILES = { lesson: 'lessons/09-x/lesson.ts', variants: 'lessons/09-x/variants.ts' }

const RUN: RunFacts = {
  lines: [line(0, 'started'), line(1, 'hello'), line(2, 'world'), line(2, 'finished')],
  sleeps: [
    { seconds: 1, before: 1 },
    { seconds: 2, before: 1 },
  ],
}

const DEFINITION: LessonDefinition = {
  id: '09-x',
  title: { zh: '标题', en: 'Title' },
  topics: ['task'],
  sources: [],
  total: 2,
  quiz: [
    { kind: 'order', prompt: { zh: '排序', en: 'Order' }, lines: ['world', 'started', 'hello'] },
    { kind: 'time', prompt: { zh: '多久', en: 'How long' } },
    { kind: 'time', prompt: { zh: '何时', en: 'When' }, line: 'hello' },
    {
      kind: 'choice',
      prompt: { zh: '选', en: 'Pick' },
      choices: [
        { zh: '甲', en: 'A' },
        { zh: '乙', en: 'B' },
      ],
      answer: 1,
      why: { zh: '因为', en: 'Because' },
    },
  ],
}

const SEQUENTIAL: VariantDefinition = {
  id: 'sequential',
  change: { zh: '一个接一个', en: 'one after the other' },
  edits: [{ replace: 'x', with: 'y' }],
  program: program(function* () {}),
  quiz: [
    { kind: 'time', prompt: { zh: '现在多久', en: 'How long now' } },
    { kind: 'order', prompt: { zh: '排序', en: 'Order' }, lines: ['finished', 'world'] },
  ],
}

const SEQUENTIAL_RUN: RunFacts = {
  lines: [line(0, 'started'), line(1, 'hello'), line(3, 'world'), line(3, 'finished')],
  sleeps: [
    { seconds: 1, before: 1 },
    { seconds: 2, before: 2 },
  ],
}

function input(overrides: Partial<QuizInput> = {}): QuizInput {
  return { lesson: '09-x', definition: DEFINITION, run: RUN, variants: [], files: FILES, ...overrides }
}

describe('generating questions', () => {
  test('an order question answers with the lines in the order the run prints them, shown shuffled', () => {
    const order = generateQuiz(input()).questions.find((q) => q.kind === 'order')
    expect(order).toMatchObject({ kind: 'order', key: 'q1', answer: ['started', 'hello', 'world'], focus: [0, 1, 2] })
    if (order?.kind !== 'order') throw new Error('not an order question')
    expect([...order.items].sort()).toEqual(['hello', 'started', 'world'])
    expect(order.items).not.toEqual(order.answer)
  })

  test('the answers come from the run, not from the definition', () => {
    const later: RunFacts = { ...RUN, lines: [line(0, 'hello'), line(5, 'started'), line(6, 'world'), line(9, 'finished')] }
    const [total, when, order] = generateQuiz(input({ run: later })).questions
    expect(order).toMatchObject({ answer: ['hello', 'started', 'world'] })
    expect(total?.kind === 'time' && total.choices[total.answer]!.t).toBe(9)
    expect(when?.kind === 'time' && when.choices[when.answer]!.t).toBe(0)
  })

  test('a time question offers the true time among the classic wrong answers, and focuses its line', () => {
    const [total, when] = generateQuiz(input()).questions
    expect(total).toMatchObject({ kind: 'time', key: 'q2', line: null, focus: [3] })
    if (total?.kind !== 'time' || when?.kind !== 'time') throw new Error('not time questions')
    expect(total.choices[total.answer]).toEqual({ t: 2, reason: 'answer' })
    expect(total.choices).toContainEqual({ t: 3, reason: 'sum' })
    expect(when).toMatchObject({ line: 'hello', focus: [1] })
    expect(when.choices[when.answer]!.t).toBe(1)
  })

  test("a concept question keeps the author's choices, answer and reason", () => {
    const concept = generateQuiz(input()).questions[3]
    expect(concept).toMatchObject({ kind: 'choice', key: 'q4', answer: 1, why: { en: 'Because' }, focus: [] })
  })

  test("a variant's questions follow the lesson's, answered from the variant's own run", () => {
    const diff = [[{ kind: 'removed' as const, text: 'x', number: 1 }]]
    const { questions, problems } = generateQuiz(input({ variants: [{ definition: SEQUENTIAL, run: SEQUENTIAL_RUN, diff }] }))
    expect(problems).toEqual([])
    expect(questions.map((q) => q.key)).toEqual(['q2', 'q3', 'q1', 'q4', 'sequential.q1', 'sequential.q2'])
    const [total, order] = questions.slice(4)
    expect(total).toMatchObject({ variant: { id: 'sequential', change: SEQUENTIAL.change, diff }, evidence: SEQUENTIAL_RUN.lines })
    expect(total?.kind === 'time' && total.choices[total.answer]!.t).toBe(3)
    expect(order).toMatchObject({ answer: ['world', 'finished'] })
  })

  test("time questions come first, then order, then concept, each kind in the author's order", () => {
    expect(generateQuiz(input()).questions.map((q) => `${q.kind} ${q.key}`)).toEqual(['time q2', 'time q3', 'order q1', 'choice q4'])
  })

  test('the same input always gives the same questions', () => {
    expect(generateQuiz(input())).toEqual(generateQuiz(input()))
  })

  test("a line missing from a variant's run, or printed twice, is a problem naming the file and field", () => {
    const twice: RunFacts = { ...SEQUENTIAL_RUN, lines: [...SEQUENTIAL_RUN.lines, line(4, 'world')] }
    const missing: RunFacts = { ...SEQUENTIAL_RUN, lines: SEQUENTIAL_RUN.lines.filter((l) => l.text !== 'finished') }
    for (const [run, message] of [
      [twice, '"world" appears 2 times in the run of variant "sequential"'],
      [missing, '"finished" is not a line of the run of variant "sequential"'],
    ] as const) {
      const { problems } = generateQuiz(input({ variants: [{ definition: SEQUENTIAL, run, diff: [] }] }))
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatchObject({ lesson: '09-x', file: FILES.variants, field: expect.stringMatching(/^variants\[0\]\.quiz\[1\]\.lines\[\d\]$/) })
      expect(problems[0]!.message.en).toContain(message)
    }
  })
})

describe('preparing a lesson', () => {
  test("a variant whose model throws a JavaScript error is a problem of its program, not a crash", async () => {
    const library = await loadLibrary(join(import.meta.dirname, '..', '..', 'lessons'), importedModules(), { programs: true })
    const lesson = library.entries.find((e) => e.id === '03-create-task')!.lesson!
    const broken = (lesson.variants as readonly VariantDefinition[]).map((v, i) =>
      i === 1
        ? {
            ...v,
            program: program(function* () {
              throw new TypeError('undefined is not a function')
            }),
          }
        : v,
    )
    const { questions, problems } = prepareQuiz({ ...lesson, variants: broken })
    expect(questions).toEqual([])
    expect(problems).toEqual([
      {
        lesson: '03-create-task',
        file: 'lessons/03-create-task/variants.ts',
        field: 'variants[1].program',
        message: { en: 'fails with a JavaScript error: undefined is not a function', zh: '运行时出现 JavaScript 错误：undefined is not a function' },
      },
    ])
  })
})
