import { describe, expect, test } from 'vitest'
import type { LessonEntry } from '../../src/lessons/loader.js'
import { closest, selectLessons } from '../../src/lessons/select.js'

const entry = (id: string): LessonEntry => {
  const [, digits, slug] = /^(\d+)-(.*)$/.exec(id)!
  return { id, number: Number(digits), slug: slug!, display: `lessons/${id}`, lesson: null, problems: [] }
}
const entries = ['01-coroutines', '02-await', '03-create-task'].map(entry)
const ids = (names: string[]) => selectLessons(entries, names).map((e) => e.id)

describe('naming lessons', () => {
  test.each([
    ['3', '03-create-task'],
    ['03', '03-create-task'],
    ['003', '03-create-task'],
    ['03-create-task', '03-create-task'],
    ['create-task', '03-create-task'],
    ['Create-Task', '03-create-task'],
  ])('%s names %s', (name, id) => {
    expect(ids([name])).toEqual([id])
  })

  test('no name means every lesson, in order', () => {
    expect(ids([])).toEqual(['01-coroutines', '02-await', '03-create-task'])
  })

  test('lessons come in the order named, each once', () => {
    expect(ids(['3', '1', 'create-task'])).toEqual(['03-create-task', '01-coroutines'])
  })

  test('an unknown name is a usage error suggesting the closest id', () => {
    expect(() => ids(['creat-task'])).toThrowError('Unknown lesson "creat-task". Did you mean "03-create-task"?')
    try {
      ids(['creat-task'])
    } catch (error) {
      expect(error).toMatchObject({ exitCode: 2, text: { zh: '没有名为 "creat-task" 的课程。你是不是想找 "03-create-task"？' } })
    }
  })

  test('a name close to nothing lists the lessons instead', () => {
    expect(() => ids(['9'])).toThrowError('Unknown lesson "9". Lessons: 01-coroutines, 02-await, 03-create-task')
    expect(closest(entries, 'xyzzy-plugh')).toBeNull()
  })
})
