/**
 * The built-in lessons' quizzes as shipped: every question's answer computes, the variants' answers
 * are what their runs give, and each variant's model is the twin of its edited main.py on CPython.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runCpython } from '../../src/engines/cpython/index.js'
import { compareLines } from '../../src/lessons/compare.js'
import { traceLines } from '../../src/lessons/expected.js'
import { loadLibrary, type Library, type Lesson } from '../../src/lessons/loader.js'
import { importedModules } from '../../src/lessons/modules.js'
import { runModel } from '../../src/quiz/facts.js'
import { prepareQuiz } from '../../src/quiz/prepare.js'
import type { TimeQuiz } from '../../src/quiz/questions.js'
import { applyEdits, validateVariants } from '../../src/quiz/variants.js'

let library: Library
let dir: string
const lessons = (): Lesson[] => library.entries.flatMap((e) => (e.lesson === null ? [] : [e.lesson]))
const lesson = (id: string): Lesson => lessons().find((l) => l.id === id)!

beforeAll(async () => {
  library = await loadLibrary(join(import.meta.dirname, '..', '..', 'lessons'), importedModules(), { programs: true })
  dir = mkdtempSync(join(tmpdir(), 'asyncio-lessons-variants-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function variantsOf(l: Lesson) {
  return validateVariants(l.variants, l.id, `${l.display}/variants.ts`, l.source)
}

describe("the built-in lessons' quizzes", () => {
  test('every playable lesson has its questions, with no problem', () => {
    expect(lessons().length).toBeGreaterThanOrEqual(3)
    for (const l of lessons()) {
      const quiz = prepareQuiz(l)
      expect(quiz.problems, l.id).toEqual([])
      expect(quiz.questions.length, l.id).toBeGreaterThanOrEqual(3)
    }
  })

  test('lesson 03 asks about its variants: without task2 it takes 3 s; awaiting task2 first, hello still prints at 1 s', () => {
    const variants = prepareQuiz(lesson('03-create-task')).questions.filter((q): q is TimeQuiz => q.variant !== null && q.kind === 'time')
    expect(variants.map((q) => [q.key, q.choices[q.answer]!.t])).toEqual([
      ['await-directly.q1', 3],
      ['await-task2-first.q1', 1],
    ])
    expect(variants[0]!.choices.map((c) => c.t)).toContain(2)
  })

  test('lesson 04 asks about its variants: without create_task the jobs run one after another; awaiting the tasks one by one changes nothing', () => {
    const questions = prepareQuiz(lesson('04-gather')).questions.filter((q) => q.variant !== null)
    const times = questions.filter((q): q is TimeQuiz => q.kind === 'time').map((q) => [q.key, q.choices[q.answer]!.t])
    expect(times).toEqual([
      ['no-create-task.q2', 9],
      ['await-each-task.q1', 6],
    ])
    expect(questions.find((q) => q.key === 'no-create-task.q1')).toMatchObject({ kind: 'order', answer: ['done: 4', 'waiting: 1', 'done: 1', 'waiting: 2'] })
  })

  test('lesson 05 asks about its variants: a 40 s timeout lets foo finish (37 s in all); a shorter first sleep makes wait() wait', () => {
    const times = prepareQuiz(lesson('05-wait-vs-wait-for'))
      .questions.filter((q): q is TimeQuiz => q.variant !== null && q.kind === 'time')
      .map((q) => [q.key, q.choices[q.answer]!.t])
    expect(times).toEqual([
      ['timeout-longer-than-the-job.q1', 37],
      ['shorter-first-sleep.q1', 3],
    ])
  })

  test("every variant's model runs, and its edits apply to main.py", () => {
    for (const l of lessons()) {
      const { variants, problems } = variantsOf(l)
      expect(problems, l.id).toEqual([])
      for (const v of variants) {
        expect('source' in applyEdits(l.source, v.edits), `${l.id} ${v.id}`).toBe(true)
        expect(runModel(v.program).lines.length, `${l.id} ${v.id}`).toBeGreaterThan(0)
      }
    }
  })

  test("each variant's model prints what its edited main.py prints on CPython, at the same times", async () => {
    let compared = 0
    for (const l of lessons()) {
      for (const v of variantsOf(l).variants) {
        const applied = applyEdits(l.source, v.edits)
        if (!('source' in applied)) throw new Error(`${l.id} ${v.id}: edits do not apply`)
        const path = join(dir, `${l.id}.${v.id}.py`)
        writeFileSync(path, applied.source)
        const python = traceLines((await runCpython(path)).trace)
        const comparison = compareLines(python, runModel(v.program).lines)
        expect(comparison.lines.filter((line) => !line.ok), `${l.id} ${v.id}`).toEqual([])
        compared++
      }
    }
    expect(compared).toBeGreaterThanOrEqual(6)
  })
})
