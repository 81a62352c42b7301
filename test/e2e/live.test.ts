/**
 * The built bin played in real time and driven through its menu: piped (lines at their times, no
 * cursor codes, SIGINT → 130) and in a real pseudo-terminal with tmux (the spinner, Ctrl-C, the
 * menu). The runs are short: `--speed` keeps each under a second of real waiting.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { importedModules } from '../../src/lessons/modules.js'
import { loadLibrary } from '../../src/lessons/loader.js'
import { prepareQuiz } from '../../src/quiz/prepare.js'
import type { QuizQuestion } from '../../src/quiz/questions.js'
import { ANSI, BIN_PATH, ensureBin, runBin } from './bin.js'
import { hasTmux, Tmux } from './tmux.js'

/** The playable lessons in the menu's order, and lesson 1's quiz as the bin asks it. */
let menuLessons: number
let firstQuiz: readonly QuizQuestion[]

beforeAll(async () => {
  await ensureBin()
  const library = await loadLibrary(join(import.meta.dirname, '..', '..', 'lessons'), importedModules(), { programs: true })
  menuLessons = library.entries.filter((e) => e.lesson !== null).length
  firstQuiz = prepareQuiz(library.entries[0]!.lesson!).questions
})

interface Timed {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
  /** Milliseconds from the first byte of stdout until `text` had been written. */
  readonly at: (text: string) => number
}

/** Spawns the bin with pipes, noting when each chunk of stdout arrives; `onOutput` may signal it. */
function timedRun(args: readonly string[], onOutput?: (stdout: string, kill: (signal: NodeJS.Signals) => void) => void): Promise<Timed> {
  const child = spawn(process.execPath, [BIN_PATH, ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8' } })
  const chunks: Array<{ ms: number; text: string }> = []
  let stdout = ''
  let stderr = ''
  let first: number | null = null
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    first ??= performance.now()
    stdout += text
    chunks.push({ ms: performance.now() - first, text: stdout })
    onOutput?.(stdout, (signal) => child.kill(signal))
  })
  child.stderr.setEncoding('utf8').on('data', (text: string) => void (stderr += text))
  return new Promise((resolve) => {
    child.on('close', (status) =>
      resolve({
        status,
        stdout,
        stderr,
        at: (text) => chunks.find((chunk) => chunk.text.includes(text))?.ms ?? Number.NaN,
      }),
    )
  })
}

describe('run --realtime, piped', () => {
  test('lines appear at their times, --speed 5 faster, as the same plain text as an instant run', async () => {
    const args = ['run', '3', '--no-code', '--no-explain']
    const result = await timedRun([...args, '--realtime', '--speed', '5'])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).not.toMatch(ANSI)
    expect(result.stdout).toBe(runBin(args).stdout)
    // At 5x, hello (t=1s) comes 0.2 s after the start and world (t=2s) 0.4 s: allow for a busy machine.
    expect(result.at('t=1.000s  hello')).toBeGreaterThanOrEqual(180)
    expect(result.at('t=2.000s  world')).toBeGreaterThanOrEqual(380)
    expect(result.at('t=2.000s  world')).toBeLessThan(3000)
  })

  test('SIGINT mid-pause stops it: exit 130, "Stopped." and nothing after', async () => {
    let sent = false
    const result = await timedRun(['run', '2', '--realtime', '--no-code', '--no-explain'], (stdout, kill) => {
      if (!sent && stdout.includes('started at')) {
        sent = true
        kill('SIGINT')
      }
    })
    expect(result.status).toBe(130)
    expect(result.stderr).toBe('Stopped.\n')
    expect(result.stdout).not.toContain('hello')
  })

  test.each([
    [{}, 'error: --speed must be a number greater than 0, like 10 (ten times faster) or 0.5 (half speed); "0" is not.'],
    [{ LANG: 'zh_CN.UTF-8' }, '错误：--speed 必须是大于 0 的数，例如 10（快十倍）或 0.5（半速）；"0" 不是。'],
  ])('a bad --speed is exit 2 with a clear message (%j)', (env, message) => {
    const result = runBin(['run', '3', '--speed', '0'], env)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')[0]).toBe(message)
  })
})

describe.skipIf(!hasTmux)('in a terminal (tmux)', () => {
  let tmux: Tmux
  afterEach(() => tmux.kill())

  test('run --realtime shows a spinner with the clock and what the loop waits for; Ctrl-C stops it cleanly', async () => {
    tmux = new Tmux()
    tmux.start('run 3 --realtime --speed 0.5 --no-code --no-explain')
    const shown = await tmux.waitFor(/t=0\.\d{3}s {2}Task-2 sleeping until 1\.000s · Task-3 sleeping until 2\.000s · Task-1 waiting for Task-2/)
    expect(shown).toContain('t=0.000s  started at 18:27:39')
    expect(tmux.cursorVisible()).toBe(false)
    tmux.keys('C-c')
    const end = await tmux.waitFor('EXIT=')
    expect(end).toMatch(/started at 18:27:39 +0\.000s ✓\nStopped\.\nEXIT=130/)
    expect(end).not.toContain('sleeping until')
    expect(tmux.cursorVisible()).toBe(true)
  })

  test('on CPython the spinner also says what each task waits for (its harness records the schedule)', async () => {
    tmux = new Tmux()
    tmux.start('run 3 --engine python --realtime --speed 0.5 --no-code --no-explain')
    await tmux.waitFor(/t=0\.\d{3}s {2}Task-2 sleeping until 1\.000s · Task-3 sleeping until 2\.000s · Task-1 waiting for Task-2/)
    tmux.keys('C-c')
    expect(await tmux.waitFor('EXIT=')).toContain('EXIT=130')
  })

  test('with no command, a menu: pick lesson 1 and it runs, exit 0', async () => {
    tmux = new Tmux()
    tmux.start('')
    const menu = await tmux.waitFor('Quit')
    expect(menu).toContain('? Which lesson would you like to run?')
    expect(menu).toMatch(/▸ 01 {2}Coroutines and asyncio\.run +1s\n {2}02 {2}await: one wait after another +3s/)
    tmux.keys('Enter')
    const end = await tmux.waitFor('EXIT=')
    expect(end).toContain('━━ Lesson 1 · Coroutines and asyncio.run')
    expect(end).toMatch(/t=1\.000s {2}world +1\.000s ✓/)
    expect(end).toContain('Total 1.000s, expected 1s ✓')
    expect(end).toContain('EXIT=0')
  })

  test('the menu in Chinese; Esc leaves it quietly', async () => {
    tmux = new Tmux()
    tmux.start('', { LANG: 'zh_CN.UTF-8' })
    await tmux.waitFor('退出')
    expect(tmux.screen()).toContain('? 想运行哪一课？')
    expect(tmux.screen()).toContain('测验')
    tmux.keys('Escape')
    const end = await tmux.waitFor('EXIT=')
    expect(end).toContain('EXIT=0')
    expect(end).not.toContain('━━')
  })

  test('the menu\'s Quiz asks lesson 1\'s questions in the same terminal; Ctrl-C keeps the answer given, exit 130', async () => {
    const data = mkdtempSync(join(tmpdir(), 'asyncio-lessons-xdg-'))
    try {
      tmux = new Tmux()
      tmux.start('', { XDG_DATA_HOME: data })
      await tmux.waitFor('Quit')
      for (let i = 0; i < menuLessons; i++) tmux.keys('Down')
      await tmux.waitFor(/▸ Quiz/)
      tmux.keys('Enter')
      await tmux.waitFor('Question 1 of')
      const question = firstQuiz[0]!
      await tmux.waitFor(question.kind === 'order' ? 'Shift+↑/↓' : '? Your answer')
      if (question.kind === 'order') {
        // Moves each line up into its place, first to last.
        const current = [...question.items]
        let cursor = 0
        question.answer.forEach((line, place) => {
          const at = current.indexOf(line)
          for (; cursor < at; cursor++) tmux.keys('Down')
          for (; cursor > at; cursor--) tmux.keys('Up')
          for (let k = at; k > place; k--, cursor--) {
            tmux.keys('S-Up')
            current.splice(k - 1, 0, current.splice(k, 1)[0]!)
          }
        })
      } else {
        for (let k = 0; k < question.answer; k++) tmux.keys('Down')
      }
      tmux.keys('Enter')
      await tmux.waitFor(/✓ Right![^]*Question 2 of/)
      tmux.keys('C-c')
      const end = await tmux.waitFor('EXIT=')
      expect(end).toContain('━━ Lesson 1 · Coroutines and asyncio.run')
      expect(end).toContain('\nQuiz interrupted. Answers given so far: 1, all saved.\n')
      expect(end).toContain('EXIT=130')
      const saved = JSON.parse(readFileSync(join(data, 'asyncio-lessons', 'progress.json'), 'utf8'))
      expect(saved.lessons['01-coroutines'].attempts).toEqual([expect.objectContaining({ answered: 1, right: 1, finished: false })])
    } finally {
      rmSync(data, { recursive: true, force: true })
    }
  })
})
