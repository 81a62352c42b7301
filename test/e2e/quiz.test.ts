/**
 * The quiz as a learner meets it, through the built bin: interactively in a real pseudo-terminal
 * (tmux: keys sent, the screen read back), and with answers piped on stdin. Progress goes to a
 * temporary XDG_DATA_HOME and must show up in `list`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { importedModules } from '../../src/lessons/modules.js'
import { loadLibrary } from '../../src/lessons/loader.js'
import { prepareQuiz } from '../../src/quiz/prepare.js'
import type { QuizQuestion } from '../../src/quiz/questions.js'
import { BIN_PATH, ensureBin } from './bin.js'

let questions: readonly QuizQuestion[]
let data: string

beforeAll(async () => {
  await ensureBin()
  const library = await loadLibrary(join(import.meta.dirname, '..', '..', 'lessons'), importedModules(), { programs: true })
  questions = prepareQuiz(library.entries.find((e) => e.id === '03-create-task')!.lesson!).questions
})

beforeEach(() => {
  data = mkdtempSync(join(tmpdir(), 'asyncio-lessons-xdg-'))
})
afterEach(() => rmSync(data, { recursive: true, force: true }))

const progressFile = (): string => join(data, 'asyncio-lessons', 'progress.json')

function bin(args: readonly string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN_PATH, ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: data, LANG: 'C.UTF-8', XDG_DATA_HOME: data, ...env },
    timeout: 60_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** One piped line answering the question right (or wrongly), in the numbering the quiz shows. */
function pipedAnswer(question: QuizQuestion, right: boolean): string {
  if (question.kind === 'order') {
    const order = right ? question.answer : [...question.answer].reverse()
    return order.map((line) => question.items.indexOf(line) + 1).join(' ')
  }
  const index = right ? question.answer : (question.answer + 1) % question.choices.length
  return String(index + 1)
}

const allRight = (): string => questions.map((q) => pipedAnswer(q, true) + '\n').join('')

describe('the quiz with answers piped on stdin', () => {
  test('answers every question, prints the score, saves it, and list shows it', () => {
    const result = bin(['quiz', '3'], allRight())
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout.match(/✓ Right!/g)).toHaveLength(questions.length)
    expect(result.stdout).toMatch(/Lesson 3 · create_task: overlapping the waits {2}7\/7 {2}✓ passed/)
    expect(result.stdout).toContain('Next: lesson 4')
    const list = bin(['list'])
    expect(list.status).toBe(0)
    expect(list.stdout.split('\n')[0]).toMatch(/quiz$/)
    expect(list.stdout.split('\n').find((l) => l.startsWith('03'))).toMatch(/7\/7 ✓$/)
  })

  test("printf '2\\n1\\n' answers the first two, prints the score, and says what the third expects (exit 2)", () => {
    const result = bin(['quiz', '3'], '2\n1\n')
    expect(result.status).toBe(2)
    expect(result.stdout).toContain('› 2\n')
    expect(result.stdout).toContain('› 1\n')
    expect(result.stdout).toMatch(/Score\n {2}Lesson 3 · create_task: overlapping the waits {2}\d\/7 {2}unfinished: 2 of 7 answered/)
    expect(result.stderr).toBe(
      'error: The answers on stdin ran out at question 3 (03-create-task). It expects the 4 numbers of the shown lines in the order they are printed, separated by spaces, on one line. Answers given so far: 2, all saved.\n',
    )
    expect(JSON.parse(readFileSync(progressFile(), 'utf8')).lessons['03-create-task'].attempts[0]).toMatchObject({ answered: 2, finished: false })
  })

  test('a malformed answer is named, with what the question expects (exit 2)', () => {
    const result = bin(['quiz', '3', '--lang', 'zh'], 'two\n')
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('错误：标准输入第 1 行 "two" 不是第 1 题（03-create-task）的答案。这一题需要在一行内写一个 1 到 4 之间的数字。\n')
  })

  test('empty stdin does not hang: it says what the first question expects', () => {
    const result = bin(['quiz', '3'], '')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('ran out at question 1')
  })

  test('a corrupt progress file is set aside with a one-line warning, and the quiz goes on', () => {
    bin(['quiz', '3'], '1\n')
    writeFileSync(progressFile(), '{ not json')
    const result = bin(['quiz', '3'], allRight())
    expect(result.status).toBe(0)
    expect(result.stderr).toMatch(/^Warning: your progress file could not be read \(not valid JSON.*\); it was moved to .*progress\.json\.unreadable-.* and progress starts afresh\.\n$/)
    expect(readdirSync(join(data, 'asyncio-lessons')).sort()).toEqual(['progress.json', expect.stringMatching(/^progress\.json\.unreadable-/)])
  })

  test('a data folder that cannot be written is a clear error after the score, and nothing is lost', () => {
    writeFileSync(join(data, 'blocked'), 'a file where the data folder should be')
    const result = bin(['quiz', '3'], allRight(), { XDG_DATA_HOME: join(data, 'blocked') })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('7/7')
    const message = `Could not save your progress to ${join(data, 'blocked', 'asyncio-lessons', 'progress.json')}: part of the path is a file, not a folder (ENOTDIR). What was saved before is unchanged.`
    expect(result.stderr).toBe(`${message}\nerror: ${message}\n`)
  })

  test('progress reset --yes forgets it; without a terminal, reset refuses to run unasked', () => {
    bin(['quiz', '3'], allRight())
    expect(bin(['progress', 'reset'])).toMatchObject({ status: 2, stderr: expect.stringContaining('add --yes') })
    expect(existsSync(progressFile())).toBe(true)
    expect(bin(['progress', 'reset', '--yes'])).toMatchObject({ status: 0, stdout: `Progress reset: ${progressFile()} deleted.\n` })
    expect(existsSync(progressFile())).toBe(false)
    expect(bin(['list']).stdout.split('\n').find((l) => l.startsWith('03'))).toMatch(/2s$/)
  })
})

const hasTmux = spawnSync('tmux', ['-V']).status === 0

describe.skipIf(!hasTmux)('the quiz in a terminal (tmux)', () => {
  // A server of our own, so that no one else's tmux sessions are touched.
  const socket = `asyncio-lessons-test-${process.pid}`
  const session = 'quiz'
  const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' })
  const screen = (): string => tmux('capture-pane', '-p', '-t', session, '-S', '-200')

  afterEach(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server'])
  })
  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server'])
  })

  async function waitFor(text: string | RegExp, timeout = 15_000): Promise<string> {
    const deadline = Date.now() + timeout
    for (;;) {
      const shown = screen()
      if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; the screen:\n${shown}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  function start(args: string): void {
    const env = `env -i PATH="$PATH" HOME=${data} LANG=C.UTF-8 TERM=xterm-256color XDG_DATA_HOME=${data}`
    tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', `${env} node ${BIN_PATH} ${args}; echo EXIT=$?; sleep 600`)
  }

  const keys = (...names: string[]): void => void tmux('send-keys', '-t', session, ...names)

  /** Answers with the keys a learner would press: arrows and Enter; Shift+↑ to move a line up. */
  function answer(question: QuizQuestion): void {
    if (question.kind === 'order') {
      const current = [...question.items]
      let cursor = 0
      question.answer.forEach((line, place) => {
        const at = current.indexOf(line)
        for (; cursor < at; cursor++) keys('Down')
        for (; cursor > at; cursor--) keys('Up')
        for (let k = at; k > place; k--) {
          keys('S-Up')
          current.splice(k - 1, 0, current.splice(k, 1)[0]!)
          cursor--
        }
      })
    } else {
      for (let k = 0; k < question.answer; k++) keys('Down')
    }
    keys('Enter')
  }

  test('answers every question with the keyboard, sees the score, and list shows it', async () => {
    start('quiz 3')
    for (const [i, question] of questions.entries()) {
      await waitFor(`Question ${i + 1} of ${questions.length}`)
      await waitFor(question.kind === 'order' ? 'Shift+↑/↓' : '? Your answer')
      answer(question)
      await waitFor(new RegExp(`(✓ Right!|✗ Not quite\\.)[^]*${i + 1 < questions.length ? `Question ${i + 2} of` : 'Score'}`))
    }
    const shown = await waitFor('EXIT=')
    expect(shown).toContain('EXIT=0')
    expect(shown).toMatch(/Lesson 3 · create_task: overlapping the waits {2}7\/7 {2}✓ passed/)
    expect(shown).not.toContain('Not quite')
    expect(bin(['list']).stdout.split('\n').find((l) => l.startsWith('03'))).toMatch(/7\/7 ✓$/)
  })

  test('Ctrl-C mid-quiz keeps the answers given, exits 130 and restores the cursor', async () => {
    start('quiz 3')
    for (const [i, question] of questions.slice(0, 2).entries()) {
      await waitFor(`Question ${i + 1} of`)
      await waitFor('? Your answer')
      answer(question)
    }
    await waitFor('Question 3 of')
    await waitFor('Shift+↑/↓')
    expect(tmux('display', '-p', '-t', session, '#{cursor_flag}').trim()).toBe('0')
    keys('C-c')
    const shown = await waitFor('EXIT=')
    expect(shown).toContain('\nQuiz interrupted. Answers given so far: 2, all saved.\n')
    expect(shown).toContain('EXIT=130')
    expect(tmux('display', '-p', '-t', session, '#{cursor_flag}').trim()).toBe('1')
    const saved = JSON.parse(readFileSync(progressFile(), 'utf8'))
    expect(saved.lessons['03-create-task'].attempts).toEqual([expect.objectContaining({ answered: 2, right: 2, finished: false })])
    expect(bin(['list']).stdout.split('\n').find((l) => l.startsWith('03'))).toMatch(/2\/7 …$/)
  })

  test('progress reset asks first in a terminal', async () => {
    bin(['quiz', '3'], allRight())
    start('progress reset')
    await waitFor('Forget all your quiz progress')
    keys('y', 'Enter')
    expect(await waitFor('EXIT=')).toContain('EXIT=0')
    expect(existsSync(progressFile())).toBe(false)
  })
})
