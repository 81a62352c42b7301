/** The built-in lessons as shipped: they load with no problem and their quiz answers come from their runs. */
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import type { OrderQuestion, TimeQuestion } from '../../src/lessons/define.js'
import { importedModules } from '../../src/lessons/modules.js'
import { loadLibrary, type Library, type Lesson } from '../../src/lessons/loader.js'
import { orderAnswer, timeAnswer } from '../../src/lessons/quiz.js'

let library: Library
const lesson = (id: string): Lesson => library.entries.find((e) => e.id === id)!.lesson!

beforeAll(async () => {
  library = await loadLibrary(join(import.meta.dirname, '..', '..', 'lessons'), importedModules(), { programs: true })
})

describe('the built-in lessons', () => {
  test('all load without a problem, numbered from 1 in increasing order', () => {
    expect(library.problems).toEqual([])
    expect(library.entries.flatMap((e) => e.problems)).toEqual([])
    const numbers = library.entries.map((e) => e.number)
    expect(numbers[0]).toBe(1)
    // Lesson 09 (threadsafe loops) lands with simulated threads: a gap is allowed, disorder is not.
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(new Set(numbers).size).toBe(numbers.length)
  })

  test('the headline totals are the articles’: 1 s, 3 s sequential, 2 s with tasks', () => {
    expect(['01-coroutines', '02-await', '03-create-task'].map((id) => lesson(id).definition.total)).toEqual([1, 3, 2])
  })

  test('an order question is answered by the order of the run’s output', () => {
    const question = lesson('03-create-task').definition.quiz.find((q) => q.kind === 'order') as OrderQuestion
    expect(orderAnswer(question, lesson('03-create-task').expected)).toEqual(['started at 18:27:39', 'hello', 'world', 'hello - 1'])
  })

  test('a time question is answered by the run’s clock', () => {
    const times = lesson('02-await').definition.quiz.filter((q): q is TimeQuestion => q.kind === 'time')
    expect(times.map((q) => timeAnswer(q, lesson('02-await').expected))).toEqual([3, 3])
    const created = lesson('03-create-task').definition.quiz.filter((q): q is TimeQuestion => q.kind === 'time')
    expect(created.map((q) => timeAnswer(q, lesson('03-create-task').expected))).toEqual([2, 2])
  })
})
