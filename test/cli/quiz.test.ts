/** The quiz, progress reset and list's quiz column, called as functions with scripted answers. */
import { PassThrough } from 'node:stream'
import { beforeAll, describe, expect, test } from 'vitest'
import { parseArgv } from '../../src/cli/argv.js'
import { listCommand } from '../../src/cli/commands/list.js'
import { progressCommand } from '../../src/cli/commands/progress.js'
import { quizCommand, type ProgressKeeper, type QuizIo } from '../../src/cli/commands/quiz.js'
import { Cancelled, MalformedInput, NoMoreInput, type Asker } from '../../src/cli/quiz/asker.js'
import { PipedAsker } from '../../src/cli/quiz/piped.js'
import { StoppedError, UsageError } from '../../src/errors.js'
import { importedModules } from '../../src/lessons/modules.js'
import { loadLibrary } from '../../src/lessons/loader.js'
import { AnswerInputError, ProgressSaveError } from '../../src/quiz/errors.js'
import { prepareQuiz } from '../../src/quiz/prepare.js'
import { emptyProgress, lessonStatus, mergeProgress, type Progress } from '../../src/quiz/progress.js'
import type { QuizQuestion } from '../../src/quiz/questions.js'
import { Translator } from '../../src/ui/i18n.js'
import { fakeContext, LESSONS } from './fake.js'

let questions: readonly QuizQuestion[]

beforeAll(async () => {
  const library = await loadLibrary(LESSONS, importedModules(), { programs: true })
  questions = prepareQuiz(library.entries.find((e) => e.id === '03-create-task')!.lesson!).questions
})

type Reply = 'right' | 'wrong' | Error

/** Answers lesson 03's questions as scripted, in order; throws the scripted error where there is one. */
function scripted(replies: readonly Reply[]): Asker & { asked: number } {
  const asker = {
    asked: 0,
    next(): { reply: Reply; question: QuizQuestion } {
      const reply = replies[asker.asked]
      const question = questions[asker.asked++]!
      if (reply === undefined) throw new NoMoreInput()
      if (reply instanceof Error) throw reply
      return { reply, question }
    },
    async order(items: readonly string[]) {
      const { reply, question } = asker.next()
      if (question.kind !== 'order') throw new Error('expected an order question')
      const order = reply === 'right' ? question.answer : [...question.answer].reverse()
      return order.map((line) => items.indexOf(line))
    },
    async pick(choices: readonly string[]) {
      const { reply, question } = asker.next()
      if (question.kind === 'order') throw new Error('expected a pick')
      return reply === 'right' ? question.answer : (question.answer + 1) % choices.length
    },
    async confirm() {
      return true
    },
    close() {},
  }
  return asker
}

class MemoryStore implements ProgressKeeper {
  readonly path = '/data/asyncio-lessons/progress.json'
  saved: Progress = emptyProgress()
  saves = 0
  failWith: ProgressSaveError | null = null
  load(): Progress {
    return this.saved
  }
  save(session: Progress): Progress {
    if (this.failWith !== null) throw this.failWith
    this.saves++
    this.saved = mergeProgress(this.saved, session)
    return this.saved
  }
}

function io(asker: Asker, store = new MemoryStore()): QuizIo & { store: MemoryStore } {
  let tick = 0
  return { asker: async () => asker, store, now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)), session: '7' }
}

const ALL_RIGHT: Reply[] = Array.from({ length: 7 }, () => 'right')

describe('the quiz command', () => {
  test("asks lesson 03's seven questions, variants last, with feedback, evidence and the score", async () => {
    expect(questions.map((q) => q.key)).toEqual(['q2', 'q3', 'q1', 'q4', 'q5', 'await-directly.q1', 'await-task2-first.q1'])
    const fake = fakeContext()
    const quiz = io(scripted(ALL_RIGHT))
    await quizCommand({ lessons: ['3'] }, fake.ctx, quiz)
    const out = fake.stdout()
    expect(out).toContain('━━ Lesson 3 · create_task: overlapping the waits')
    expect(out).toContain('Question 1 of 7 · timing')
    expect(out).toContain('Question 3 of 7 · order')
    expect(out).toContain('Question 6 of 7 · variant · timing')
    expect(out).toContain("The program with one change: say_after(2, 'world') is no longer made a task")
    expect(out).toMatch(/ {2}13 - {5}task2 = asyncio\.create_task\(say_after\(2, 'world'\)\)\n/)
    expect(out).toMatch(/ {4}\+ {5}ret2 = await say_after\(2, 'world'\)\n/)
    expect(out.match(/✓ Right!/g)).toHaveLength(7)
    expect(out).toContain('Evidence: the changed program run on the embedded scheduler')
    expect(out).toContain('  ▶ [  3.000] finished at 18:27:42')
    expect(out).toMatch(/Lesson 3 · create_task: overlapping the waits {2}7\/7 {2}✓ passed/)
    expect(out).toContain('Next: lesson 4, gather')
    expect(fake.stderr()).toBe('')
    expect(lessonStatus(quiz.store.saved, '03-create-task')).toMatchObject({ passed: true, best: { right: 7, total: 7, finished: true } })
  })

  test('saves every answer the moment it is given', async () => {
    const quiz = io(scripted(ALL_RIGHT))
    await quizCommand({ lessons: ['3'] }, fakeContext().ctx, quiz)
    expect(quiz.store.saves).toBe(8)
  })

  test('a wrong time says which classic mistake it is, and the lesson is to review', async () => {
    const fake = fakeContext()
    const replies: Reply[] = ['right', 'right', 'right', 'right', 'right', 'wrong', 'wrong']
    await quizCommand({ lessons: ['3'] }, fake.ctx, io(scripted(replies)))
    const out = fake.stdout()
    expect(out).toContain('✗ Not quite.')
    expect(out).toMatch(/You chose \d+s; the answer is 3s\./)
    expect(out).toMatch(/Lesson 3 · create_task: overlapping the waits {2}5\/7 {2}✗ 6 needed to pass/)
    expect(out).toContain('To review')
    expect(out).toContain('✗ With this change, how many seconds does the program take?')
    expect(out).toContain('Next: lesson 3 again, until it is passed.')
  })

  test('a wrong order shows the true order', async () => {
    const fake = fakeContext()
    await quizCommand({ lessons: ['3'] }, fake.ctx, io(scripted(['right', 'right', 'wrong', ...ALL_RIGHT.slice(3)])))
    expect(fake.stdout()).toContain('The order they are printed in:\n  1. started at 18:27:39\n  2. hello\n  3. world\n  4. hello - 1\n')
  })

  test('Ctrl-C keeps every answer given so far and ends with exit code 130', async () => {
    const quiz = io(scripted(['right', 'wrong', new Cancelled()]))
    const error = await quizCommand({ lessons: ['3'] }, fakeContext().ctx, quiz).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoppedError)
    expect((error as StoppedError).exitCode).toBe(130)
    expect((error as StoppedError).text.en).toBe('Quiz interrupted. Answers given so far: 2, all saved.')
    expect(quiz.store.saved.lessons['03-create-task']!.attempts).toEqual([
      expect.objectContaining({ answered: 2, right: 1, finished: false }),
    ])
  })

  test('piped answers that run out print the score so far and say what was expected (exit 2)', async () => {
    const fake = fakeContext()
    const quiz = io(scripted(['right', 'right']))
    const error = await quizCommand({ lessons: ['3'] }, fake.ctx, quiz).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AnswerInputError)
    expect((error as AnswerInputError).exitCode).toBe(2)
    expect((error as AnswerInputError).text.en).toBe(
      'The answers on stdin ran out at question 3 (03-create-task). It expects the 4 numbers of the shown lines in the order they are printed, separated by spaces, on one line. Answers given so far: 2, all saved.',
    )
    expect(fake.stdout()).toContain('unfinished: 2 of 7 answered')
  })

  test('a malformed piped answer names the line and what the question expects (exit 2)', async () => {
    const error = await quizCommand({ lessons: ['3'] }, fakeContext().ctx, io(scripted([new MalformedInput(1, 'hello')]))).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AnswerInputError)
    expect((error as AnswerInputError).text.en).toBe(
      'Line 1 of stdin, "hello", is not an answer to question 1 (03-create-task). It expects one number from 1 to 4 on one line.',
    )
  })

  test('a failing save warns once, the quiz goes on, and the command ends with the error after the score', async () => {
    const fake = fakeContext()
    const store = new MemoryStore()
    store.failWith = new ProgressSaveError({ en: 'Could not save: the disk is full (ENOSPC).', zh: '无法保存：磁盘已满（ENOSPC）。' }, 'ENOSPC')
    const error = await quizCommand({ lessons: ['3'] }, fake.ctx, io(scripted(ALL_RIGHT), store)).catch((e: unknown) => e)
    expect(error).toBe(store.failWith)
    expect(fake.stderr()).toBe('Could not save: the disk is full (ENOSPC).\n')
    expect(fake.stdout()).toContain('7/7')
  })

  test('speaks Chinese with --lang zh', async () => {
    const fake = fakeContext({ lang: 'zh' })
    await quizCommand({ lessons: ['3'] }, fake.ctx, io(scripted(ALL_RIGHT)))
    expect(fake.stdout()).toContain('第 1 题，共 7 题 · 时间')
    expect(fake.stdout()).toContain('第 3 题，共 7 题 · 排序')
    expect(fake.stdout()).toContain('程序改动了一处：')
    expect(fake.stdout()).toContain('答对了！')
    expect(fake.stdout()).toContain('依据：改动后的程序在内置调度器上的运行结果')
  })

  test('an unknown lesson is a usage error before anything is asked', async () => {
    const asker = scripted(ALL_RIGHT)
    await expect(quizCommand({ lessons: ['nope'] }, fakeContext().ctx, io(asker))).rejects.toThrow(UsageError)
    expect(asker.asked).toBe(0)
  })
})

describe('answers piped on stdin', () => {
  function piped(input: string): { asker: PipedAsker; out: () => string } {
    const stream = new PassThrough()
    stream.end(input)
    let out = ''
    return { asker: new PipedAsker(stream, (t) => void (out += t), new Translator('en')), out: () => out }
  }

  test('an order is the shown numbers in print order, spaces or commas; the choices are listed first', async () => {
    const { asker, out } = piped('3 1 2\n2,3，1\n')
    expect(await asker.order(['c', 'a', 'b'])).toEqual([2, 0, 1])
    expect(await asker.order(['c', 'a', 'b'])).toEqual([1, 2, 0])
    expect(out()).toContain('  1) c\n  2) a\n  3) b\nAnswer: the 3 numbers in the order the lines are printed, for example "2 3 1".\n› 3 1 2\n')
  })

  test('a pick is one number in range; yes/no is y or n', async () => {
    const { asker } = piped('2\n y \nno\n')
    expect(await asker.pick(['1s', '2s'])).toBe(1)
    expect(await asker.confirm('Sure?')).toBe(true)
    expect(await asker.confirm('Sure?')).toBe(false)
  })

  test.each([
    ['order', '1 2\n'],
    ['order', '1 1 2\n'],
    ['order', '1 2 4\n'],
    ['order', '\n'],
    ['pick', '0\n'],
    ['pick', '5\n'],
    ['pick', 'two\n'],
    ['pick', '\n'],
  ])('a %s answer %j is malformed, with its line number', async (kind, input) => {
    const { asker } = piped(`1\n${input}`)
    await asker.pick(['a', 'b', 'c'])
    const error = await (kind === 'order' ? asker.order(['a', 'b', 'c']) : asker.pick(['a', 'b', 'c'])).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MalformedInput)
    expect((error as MalformedInput).line).toBe(2)
  })

  test('input that has ended is NoMoreInput', async () => {
    const { asker } = piped('1\n')
    await asker.pick(['a', 'b'])
    await expect(asker.pick(['a', 'b'])).rejects.toBeInstanceOf(NoMoreInput)
  })
})

describe('progress reset', () => {
  const store = () => {
    let exists = true
    return { path: '/data/progress.json', reset: () => exists && !(exists = false) }
  }

  test('--yes deletes without asking', async () => {
    const fake = fakeContext()
    await progressCommand({ action: 'reset', yes: true }, fake.ctx, { store: store(), asker: null })
    expect(fake.stdout()).toBe('Progress reset: /data/progress.json deleted.\n')
  })

  test('asks first in a terminal, and keeps everything on no', async () => {
    const fake = fakeContext()
    const asked: string[] = []
    const asker: Asker = { ...scripted([]), confirm: async (q) => (asked.push(q), false) }
    await progressCommand({ action: 'reset', yes: false }, fake.ctx, { store: store(), asker: async () => asker })
    expect(asked).toEqual(['Forget all your quiz progress (/data/progress.json)?'])
    expect(fake.stdout()).toBe('Nothing was deleted.\n')
  })

  test('without a terminal and without --yes it refuses (exit 2)', async () => {
    await expect(progressCommand({ action: 'reset', yes: false }, fakeContext().ctx, { store: store(), asker: null })).rejects.toThrow(
      'progress reset asks for confirmation, which needs a terminal: add --yes to reset without asking.',
    )
  })

  test('says when there was nothing to reset', async () => {
    const fake = fakeContext()
    const empty = { path: '/p', reset: () => false }
    await progressCommand({ action: 'reset', yes: true }, fake.ctx, { store: empty, asker: null })
    expect(fake.stdout()).toBe('There was no saved progress (/p).\n')
  })
})

describe('list with progress', () => {
  test('shows a quiz column with the best finished score, ✓ when passed, and unfinished attempts', async () => {
    const quiz = io(scripted(ALL_RIGHT))
    await quizCommand({ lessons: ['3'] }, fakeContext().ctx, quiz)
    await quizCommand({ lessons: ['3'] }, fakeContext().ctx, io(scripted(['right', new Cancelled()]), quiz.store)).catch(() => undefined)
    const fake = fakeContext({ width: 120 })
    await listCommand({ json: false }, fake.ctx, quiz.store)
    const lines = fake.stdout().split('\n')
    expect(lines[0]).toMatch(/total {2}quiz$/)
    expect(lines.find((l) => l.startsWith('03'))).toMatch(/2s {5}7\/7 ✓$/)
    const json = new MemoryStore()
    await quizCommand({ lessons: ['3'] }, fakeContext().ctx, io(scripted(['right', 'right', new Cancelled()]), json)).catch(() => undefined)
    const listed = fakeContext()
    await listCommand({ json: true }, listed.ctx, json)
    const row = (JSON.parse(listed.stdout()) as { lessons: Array<{ id: string; quiz: unknown }> }).lessons.find((l) => l.id === '03-create-task')
    expect(row?.quiz).toMatchObject({ best: null, passed: false, answered: 2, last: { right: 2, total: 7, finished: false } })
  })

  test('without progress, or before any quiz, list is as before', async () => {
    for (const progress of [undefined, new MemoryStore()]) {
      const fake = fakeContext()
      await listCommand({ json: false }, fake.ctx, progress)
      expect(fake.stdout().split('\n')[0]).toMatch(/total$/)
    }
  })
})

describe('argv for the quiz', () => {
  const parse = (argv: string[]) => parseArgv(argv, { env: {}, version: '9.9.9', columns: 80 })

  test.each<[string[], Record<string, unknown>]>([
    [['quiz'], { command: 'quiz', options: { lessons: [] } }],
    [['quiz', '3', 'gather'], { command: 'quiz', options: { lessons: ['3', 'gather'] } }],
    [['progress', 'reset'], { command: 'progress', options: { action: 'reset', yes: false } }],
    [['progress', 'reset', '--yes'], { command: 'progress', options: { action: 'reset', yes: true } }],
    [['progress', 'reset', '-y'], { command: 'progress', options: { action: 'reset', yes: true } }],
  ])('%j', (argv, expected) => {
    expect(parse(argv)).toMatchObject(expected)
  })

  test('progress alone shows its help; an unknown option is a usage error', () => {
    expect(parse(['progress'])).toMatchObject({ command: 'help', text: expect.stringContaining('reset') })
    expect(() => parse(['quiz', '--nope'])).toThrow(UsageError)
  })

  test('the help lists quiz and progress, with an example', () => {
    const help = parse(['--help'])
    expect(help).toMatchObject({ text: expect.stringContaining('quiz [options] [lessons...]') })
    expect(help).toMatchObject({ text: expect.stringMatching(/asyncio-lessons quiz 3 +take lesson 3's quiz/) })
  })
})
