/**
 * `asyncio-lessons step` from the built bin, piped: every step as plain text, exit 0, in both
 * languages and at a narrow width; bad input is a usage error.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { displayWidth } from '../../src/ui/width.js'
import { ANSI, ensureBin, runBin } from '../e2e/bin.js'

beforeAll(async () => {
  await ensureBin()
})

describe('step, piped', () => {
  test('prints every step of lesson 3 as plain text and exits 0', () => {
    const result = runBin(['step', '3', '--engine', 'embedded'])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).not.toMatch(ANSI)
    expect(result.stdout).toContain('━━ Lesson 3 · create_task: overlapping the waits')
    expect(result.stdout.match(/Line marks come from the CPython engine/g)).toHaveLength(1)
    expect(result.stdout).toContain("━━ Step 2/14 · t=0.000 · MainThread's loop, iteration 2\n")
    expect(result.stdout).toContain('timers   t=1.000 sleep of Task-2 (new) · t=2.000 sleep of Task-3 (new)\n')
    expect(result.stdout).toMatch(/• Task-2 say_after {2}sleeping until t=1\.000\n {9}• Task-3 say_after {2}sleeping until t=2\.000\n/)
    expect(result.stdout).toContain('why      sleep(1) of Task-2 is due at t=1.000: Task-2 becomes ready\n')
    expect(result.stdout).toContain('output   + t=1.000  hello\n')
    expect(result.stdout).toMatch(/━━ Step 14\/14 · t=2\.000 · the end\nwhy {6}The program ended at t=2\.000\.\n/)
    // Neither a screen nor key help when piped.
    expect(result.stdout).not.toContain('q quit')
  })

  test('in Chinese at 40 columns, no line is wider than the terminal', () => {
    const result = runBin(['step', 'create-task', '--lang', 'zh', '--engine', 'embedded'], { COLUMNS: '40' })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('━━ 第 2/14 步 · t=0.000 · MainThread 的…\n')
    expect(result.stdout).toContain('Task-2 开始运行，然后 await')
    for (const line of result.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(40)
  })

  test('on CPython the lines where the tasks stand are marked, and no note about marks is printed', () => {
    const result = runBin(['step', '3', '--engine', 'python'])
    expect(result.status).toBe(0)
    expect(result.stdout).not.toContain('Line marks come from')
    expect(result.stdout).toMatch(/━━ Step 2\/14 · t=0\.000[^]*?lines {4}▶ {2}6 {6}await asyncio\.sleep\(delay\) {3}← Task-2, Task-3\n {9}▶ 16 {6}ret1 = await task1 {3}← Task-1\n/)
  })

  test('without --engine, CPython is used for its line marks', () => {
    const result = runBin(['step', '3'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('▶ 16      ret1 = await task1')
    expect(result.stdout).not.toContain('Line marks come from')
  })

  test('without --engine and without python3, the embedded scheduler steps and says where marks come from', () => {
    const result = runBin(['step', '3'], { ASYNCIO_LESSONS_PYTHON: '/nonexistent/python3' })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain("━━ Step 2/14 · t=0.000 · MainThread's loop, iteration 2\n")
    expect(result.stdout.match(/Line marks come from the CPython engine/g)).toHaveLength(1)
  })

  test('python3 missing for --engine python is exit 3', () => {
    const result = runBin(['step', '3', '--engine', 'python'], { ASYNCIO_LESSONS_PYTHON: '/nonexistent/python3' })
    expect(result.status).toBe(3)
    expect(result.stdout).toBe('')
  })

  test('a threaded lesson shows the thread whose loop iterates, and the threads', () => {
    const result = runBin(['step', '9'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain("━━ Step 1/13 · t=0.000 · Thread-1 (start_loop)'s loop, iteration 1")
    expect(result.stdout).toMatch(/threads {2}• MainThread {13}blocked in Future\.result/)
  })

  test('an unknown lesson or engine is a usage error (exit 2) with a hint', () => {
    const unknown = runBin(['step', '99'])
    expect(unknown.status).toBe(2)
    expect(unknown.stdout).toBe('')
    const engine = runBin(['step', '3', '--engine', 'pypy'])
    expect(engine.status).toBe(2)
    expect(engine.stderr).toContain('Run "asyncio-lessons step --help" to see what it accepts.')
    const missing = runBin(['step'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain("missing required argument 'lesson'")
  })

  test('step --help lists the engine option, and the main help lists the command', () => {
    expect(runBin(['step', '--help']).stdout).toContain('--engine <engine>')
    expect(runBin(['--help']).stdout).toMatch(/step \[options\] <lesson> +step through/)
  })
})
