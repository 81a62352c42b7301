import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { loadLibrary, type LessonEntry } from '../../src/lessons/loader.js'
import { problemText } from '../../src/lessons/problems.js'
import { Fixture, goodDefinition } from './fixtures.js'

let fixture: Fixture
afterEach(() => fixture?.remove())

async function load(build: (f: Fixture) => void, programs = true): Promise<readonly LessonEntry[]> {
  fixture = new Fixture()
  build(fixture)
  return (await loadLibrary(fixture.root, fixture.moduleSource(), { programs })).entries
}

function problems(entry: LessonEntry): Array<{ file: string; field?: string; en: string }> {
  return entry.problems.map((p) => ({ file: p.file, ...(p.field === undefined ? {} : { field: p.field }), en: p.message.en }))
}

describe('loading lesson folders', () => {
  test('a complete folder becomes a playable lesson with no problems', async () => {
    const [entry] = await load((f) => f.add('01-hello'))
    expect(entry!.problems).toEqual([])
    expect(entry!.lesson).toMatchObject({ id: '01-hello', number: 1, slug: 'hello', source: 'print("hello")\n' })
    expect(entry!.lesson!.expected).toEqual([
      { t: 0, kind: 'stdout', text: 'hello' },
      { t: 1, kind: 'stdout', text: 'world' },
    ])
    expect(typeof entry!.lesson!.program).toBe('function')
  })

  test('lessons come in teaching order whatever the directory order', async () => {
    const entries = await load((f) => f.add('10-ten').add('02-two').add('01-one'))
    expect(entries.map((e) => e.id)).toEqual(['01-one', '02-two', '10-ten'])
  })

  test('a missing file is reported with its path and no crash', async () => {
    const [entry] = await load((f) => f.add('01-hello', { files: { 'explain.zh.md': null } }))
    expect(entry!.lesson).toBeNull()
    expect(problems(entry!)).toEqual([{ file: 'lessons/01-hello/explain.zh.md', en: 'is missing' }])
  })

  test('an empty explanation is a problem of that file', async () => {
    const [entry] = await load((f) => f.add('01-hello', { files: { 'explain.en.md': '  \n' } }))
    expect(problems(entry!)).toEqual([{ file: 'lessons/01-hello/explain.en.md', en: 'is empty' }])
  })

  test('a malformed expected.out line is reported with its line number', async () => {
    const [entry] = await load((f) => f.add('01-hello', { files: { 'expected.out': '[  0.000] hello\n1.000 world\n' } }))
    expect(problems(entry!)).toEqual([
      { file: 'lessons/01-hello/expected.out', field: 'line 2', en: expect.stringContaining('found: 1.000 world') },
    ])
  })

  test('a missing language in the title names the field', async () => {
    const lesson = { ...goodDefinition('01-hello'), title: { en: 'Hello' } }
    const [entry] = await load((f) => f.add('01-hello', { lesson }))
    expect(problems(entry!)).toEqual([{ file: 'lessons/01-hello/lesson.ts', field: 'title.zh', en: 'should be a non-empty string' }])
  })

  test('an unknown topic names the topic and its index', async () => {
    const lesson = { ...goodDefinition('01-hello'), topics: ['coroutine', 'corutine'] }
    const [entry] = await load((f) => f.add('01-hello', { lesson }))
    expect(problems(entry!)).toEqual([
      { file: 'lessons/01-hello/lesson.ts', field: 'topics[1]', en: expect.stringContaining('unknown topic "corutine"') },
    ])
  })

  test('an id that differs from the folder name is a problem of the id field', async () => {
    const [entry] = await load((f) => f.add('01-hello', { lesson: goodDefinition('01-hi') }))
    expect(problems(entry!)).toEqual([
      { file: 'lessons/01-hello/lesson.ts', field: 'id', en: 'is "01-hi" but the folder is "01-hello"' },
    ])
  })

  test('a misspelt field is reported rather than ignored', async () => {
    const lesson = { ...goodDefinition('01-hello'), titel: 'x' }
    const [entry] = await load((f) => f.add('01-hello', { lesson }))
    expect(problems(entry!)).toEqual([{ file: 'lessons/01-hello/lesson.ts', field: 'titel', en: expect.stringContaining('unknown field') }])
  })

  test('a lesson.ts without a default export says what it should be', async () => {
    const [entry] = await load((f) => f.add('01-hello', { lesson: undefined }))
    expect(problems(entry!)).toEqual([
      { file: 'lessons/01-hello/lesson.ts', field: 'default export', en: 'should be defineLesson({ ... })' },
    ])
  })

  test('a model that does not export a program is reported when programs are loaded', async () => {
    const [entry] = await load((f) => f.add('01-hello', { model: 42 }))
    expect(problems(entry!)).toEqual([
      { file: 'lessons/01-hello/model.ts', field: 'default export', en: 'should be program(function* () { ... })' },
    ])
  })

  test('list and show load lessons without their models', async () => {
    const [entry] = await load((f) => f.add('01-hello', { model: 42 }), false)
    expect(entry!.problems).toEqual([])
    expect(entry!.lesson!.program).toBeNull()
  })

  test('a quiz needs one question of each kind', async () => {
    const lesson = { ...goodDefinition('01-hello'), quiz: goodDefinition('x').quiz.filter((q) => q.kind !== 'time') }
    const [entry] = await load((f) => f.add('01-hello', { lesson }))
    expect(problems(entry!)).toEqual([
      { file: 'lessons/01-hello/lesson.ts', field: 'quiz', en: 'should be a list of at least 3' },
      { file: 'lessons/01-hello/lesson.ts', field: 'quiz', en: 'needs at least one "time" question' },
    ])
  })

  test('a choice answer out of range names the question', async () => {
    const definition = goodDefinition('01-hello')
    const quiz = definition.quiz.map((q) => (q.kind === 'choice' ? { ...q, answer: 5 } : q))
    const [entry] = await load((f) => f.add('01-hello', { lesson: { ...definition, quiz } }))
    expect(problems(entry!)).toEqual([
      { file: 'lessons/01-hello/lesson.ts', field: 'quiz[2].answer', en: 'should be the index of the right choice (0 to 1)' },
    ])
  })

  test('an order question naming a line the program never prints cannot be answered', async () => {
    const definition = goodDefinition('01-hello')
    const quiz = definition.quiz.map((q) => (q.kind === 'order' ? { ...q, lines: ['hello', 'goodbye'] } : q))
    const [entry] = await load((f) => f.add('01-hello', { lesson: { ...definition, quiz } }))
    expect(problems(entry!)).toEqual([
      { file: 'lessons/01-hello/lesson.ts', field: 'quiz[0].lines[1]', en: '"goodbye" is not a line of expected.out' },
    ])
  })

  test('a line printed twice makes an order question ambiguous', async () => {
    const [entry] = await load((f) =>
      f.add('01-hello', { files: { 'expected.out': '[  0.000] hello\n[  1.000] world\n[  1.000] world\n' } }),
    )
    expect(problems(entry!)).toEqual([
      {
        file: 'lessons/01-hello/lesson.ts',
        field: 'quiz[0].lines[0]',
        en: '"world" appears 2 times in expected.out, so its place is ambiguous',
      },
    ])
  })

  test('a headline total that expected.out contradicts is reported', async () => {
    const [entry] = await load((f) => f.add('01-hello', { lesson: { ...goodDefinition('01-hello'), total: 3 } }))
    expect(problems(entry!)).toEqual([
      { file: 'lessons/01-hello/lesson.ts', field: 'total', en: 'is 3 s but expected.out ends at 1.000 s' },
    ])
  })

  test('two lessons with one number are both invalid', async () => {
    const entries = await load((f) => f.add('03-one').add('03-two'))
    expect(entries.map((e) => [e.id, e.lesson, problems(e)])).toEqual([
      ['03-one', null, [{ file: 'lessons/03-one', en: 'has the same number as 03-two' }]],
      ['03-two', null, [{ file: 'lessons/03-two', en: 'has the same number as 03-one' }]],
    ])
  })

  test('a folder not named NN-slug is a problem of the library, not a lesson', async () => {
    fixture = new Fixture()
    fixture.add('01-hello')
    mkdirSync(join(fixture.root, 'Hello World'))
    const library = await loadLibrary(fixture.root, fixture.moduleSource(), { programs: true })
    expect(library.entries.map((e) => e.id)).toEqual(['01-hello'])
    expect(library.problems.map((p) => problemText(p).en)).toEqual([
      'lessons/Hello World: a lesson folder is named NN-slug, like 03-create-task',
    ])
  })

  test('every problem is stated in Chinese too', async () => {
    const [entry] = await load((f) => f.add('01-hello', { lesson: { ...goodDefinition('01-hello'), title: { en: 'x' } } }))
    expect(entry!.problems[0]!.message.zh).toBe('应为非空字符串')
  })

  test('a lessons folder that does not exist is a usage error', async () => {
    fixture = new Fixture()
    await expect(loadLibrary(join(fixture.root, 'nope'), fixture.moduleSource(), { programs: true })).rejects.toMatchObject({ exitCode: 2 })
  })
})
