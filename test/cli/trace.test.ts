/**
 * `asyncio-lessons trace <file.py>`, the built bin spawned as a user would, on the programs in
 * test/fixtures/trace/: the timed output and total, each way a program can end (normally, an
 * exception with Python's traceback, a syntax error, a deadlock, a runaway), the JSON report, and
 * the errors before anything runs (no such file, a folder, no python3).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ANSI, BIN_PATH, ensureBin, runBin } from '../e2e/bin.js'

const root = join(import.meta.dirname, '..', '..')
const fixtures = join(root, 'test', 'fixtures', 'trace')
const fixture = (name: string): string => join(fixtures, name)

const scratch = mkdtempSync(join(tmpdir(), 'trace-test-'))

beforeAll(async () => {
  await ensureBin()
}, 120_000)

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** No JavaScript stack frame (`    at foo (file.js:1:2)`) ever reaches the user. */
const STACK = /^\s+at .+:\d+:\d+\)?$/m

describe('trace shows a program’s output at its virtual times', () => {
  test('a gather program: each line with t=…, the total, exit 0, plain text when piped', () => {
    const result = runBin(['trace', fixture('gather.py'), '--no-timeline'])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).not.toMatch(ANSI)
    expect(result.stdout).toContain('Output of gather.py on CPython (virtual clock)')
    expect(result.stdout).toMatch(/^ {2}t=0\.000s {2}started$/m)
    expect(result.stdout).toMatch(/^ {2}t=1\.000s {2}hello$/m)
    expect(result.stdout).toMatch(/^ {2}t=2\.000s {2}world$/m)
    expect(result.stdout).toContain('Total 2.000s of virtual time')
    // No lesson, so nothing expected: no expected column, no marks.
    expect(result.stdout).not.toMatch(/expected|✓|✗/)
  })

  test('a relative path works from the current folder', () => {
    const result = runBin(['trace', relative(process.cwd(), fixture('gather.py')), '--no-timeline'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/t=2\.000s {2}finished/)
  })

  test('a path with spaces runs, and its name heads the output', () => {
    const result = runBin(['trace', fixture('with space/my program.py'), '--no-timeline'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Output of my program.py on CPython')
  })

  test('a program outside the current folder imports the module beside it, as python3 file.py would', () => {
    const result = runBin(['trace', fixture('sibling/main.py'), '--no-timeline'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/t=0\.500s {2}hello from sibling/)
  })

  test('a program without asyncio runs too, and its arguments after -- reach sys.argv', () => {
    const result = runBin(['trace', fixture('plain.py'), '--no-timeline', '--', 'one', '--two'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/t=0\.000s {2}no asyncio here/)
    expect(result.stdout).toContain("arguments: ['one', '--two']")
    expect(result.stdout).toContain('Total 0.000s of virtual time')
  })

  test('in Chinese, the headings and the total are Chinese', () => {
    const result = runBin(['trace', fixture('gather.py'), '--no-timeline', '--lang', 'zh'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('gather.py 的输出（CPython，虚拟时钟）')
    expect(result.stdout).toContain('共用虚拟时间 2.000s')
  })
})

describe('trace says how a program ended when it did not simply finish', () => {
  test('an uncaught exception: the line at its time, Python’s traceback, exit 1 like python', () => {
    const result = runBin(['trace', fixture('raises.py'), '--no-timeline'])
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/t=1\.000s {2}\[stderr\] about to fail/)
    expect(result.stdout).toMatch(/t=1\.000s {2}\[uncaught exception\] ValueError: boom/)
    expect(result.stdout).toContain('At t=1.000s the program ended with an uncaught exception.')
    expect(result.stdout).toContain('  Traceback (most recent call last):')
    expect(result.stdout).toMatch(/File ".*raises\.py", line 8, in fetch\n {6}raise ValueError\("boom"\)\n {2}ValueError: boom/)
    expect(result.stderr).toBe('error: raises.py ended with an uncaught exception: ValueError: boom\n')
  })

  test('a syntax error: Python’s own message with the file, the line and the caret, exit 1', () => {
    const result = runBin(['trace', fixture('syntax_error.py')])
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'error: Python cannot run syntax_error.py: it has a syntax error, so not a line of it ran. Python says:\n' +
        `  File "${fixture('syntax_error.py')}", line 5\n` +
        '    print("hello"\n' +
        '         ^\n' +
        "SyntaxError: '(' was never closed\n",
    )
  })

  test('a deadlock: what waits on what, one task a line, exit 1', () => {
    const result = runBin(['trace', fixture('deadlock.py'), '--no-timeline'])
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/t=0\.000s {2}waiting for the event/)
    expect(result.stdout).toContain('CPython would hang here forever')
    expect(result.stdout).toContain('  • Task-1 main() waits on gather\n  • Task-2 waiter() waits on Future\n')
    expect(result.stderr).toContain('deadlock.py would hang forever on CPython')
    expect(result.stderr).not.toMatch(STACK)
  })

  test('a loop left running in a non-daemon thread: the main code ends, but the process never exits', () => {
    const result = runBin(['trace', fixture('never_exits.py'), '--no-timeline'])
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/t=1\.000s {2}result: None/)
    expect(result.stdout).toContain('the main code had finished, but the process could never exit')
    expect(result.stdout).toContain('  • thread MainThread waits in exit\n  • thread Thread-1 (start_loop) waits in run_forever\n')
    expect(result.stdout).not.toContain('no task was ready')
  })

  test('a program that never ends is stopped after --max-iterations, exit 1', () => {
    const result = runBin(['trace', fixture('runaway.py'), '--no-timeline', '--max-iterations', '300'])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('after 300 event-loop iterations')
    expect(result.stderr).toBe('error: runaway.py never ends: it was stopped after 300 event-loop iterations.\n')
  })

  test('sys.exit(3): the program stopped itself, no traceback, exit 1', () => {
    const result = runBin(['trace', fixture('exits.py'), '--no-timeline'])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('At t=0.000s the program stopped itself with sys.exit(): SystemExit: 3')
    expect(result.stdout).not.toContain('Traceback')
    expect(result.stderr).toBe('error: exits.py stopped itself with sys.exit(): SystemExit: 3\n')
  })

  test('input() reads end-of-file at once, and trace says why', () => {
    const result = runBin(['trace', fixture('reads_input.py'), '--no-timeline'])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('EOFError: EOF when reading a line')
    expect(result.stdout).toContain('which trace does not connect')
  })
})

describe('trace draws the timeline after the output', () => {
  test('in the terminal by default: a row per task, the gather awaited, as plain text when piped', () => {
    const result = runBin(['trace', fixture('gather.py')])
    expect(result.status).toBe(0)
    expect(result.stdout).not.toMatch(ANSI)
    const chart = result.stdout.slice(result.stdout.indexOf('Total 2.000s'))
    expect(chart).toContain('Timeline (virtual time)')
    expect(chart).toMatch(/^Task-1 main +●┄+gather┄+✓$/m)
    expect(chart).toMatch(/^Task-2 say_after +●─+sleep\(1\)─+✓$/m)
    expect(chart).toMatch(/^Task-3 say_after +●─+sleep\(2\)─+✓$/m)
  })

  test('a deadlock’s tasks are still waiting when the chart ends', () => {
    const result = runBin(['trace', fixture('deadlock.py')])
    expect(result.stdout).toMatch(/^Task-2 waiter +●┄+Future┄+…$/m)
  })

  test('a program without asyncio has no tasks to chart, and trace says so', () => {
    const result = runBin(['trace', fixture('plain.py')])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('No timeline: the program never ran an asyncio event loop')
  })

  test('--timeline-format svg writes <program>.timeline.svg in the current folder', () => {
    const result = spawnSync(process.execPath, [BIN_PATH, 'trace', fixture('gather.py'), '--timeline-format', 'svg'], {
      cwd: scratch,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8' },
    })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Timeline written to gather.timeline.svg')
    const svg = readFileSync(join(scratch, 'gather.timeline.svg'), 'utf8')
    expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg /)
    expect(svg.trimEnd()).toMatch(/<\/svg>$/)
    expect(svg).toContain('gather.py')
  })

  test('--timeline-out names the SVG file; one that cannot be written is exit 2, after the output', () => {
    const out = join(scratch, 'chart.svg')
    expect(runBin(['trace', fixture('gather.py'), '--timeline-out', out]).stdout).toContain(`Timeline written to ${out}`)
    expect(readFileSync(out, 'utf8')).toContain('<svg ')
    const bad = runBin(['trace', fixture('gather.py'), '--timeline-out', join(scratch, 'no', 'such', 'folder.svg')])
    expect(bad.status).toBe(2)
    expect(bad.stdout).toMatch(/t=2\.000s {2}finished/)
    expect(bad.stderr).toContain('folder.svg')
  })

  test('--no-timeline leaves it out; with --json a timeline option is a usage error', () => {
    expect(runBin(['trace', fixture('gather.py'), '--no-timeline']).stdout).not.toContain('Timeline')
    const result = runBin(['trace', fixture('gather.py'), '--json', '--timeline-format', 'svg'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain("cannot be used with option '--json'")
  })
})

describe('trace --json', () => {
  test('prints run --json’s shape: one entry named after the file, engine python, nothing expected', () => {
    const result = runBin(['trace', fixture('gather.py'), '--json'])
    expect(result.status).toBe(0)
    expect(result.stdout).not.toMatch(ANSI)
    const report = JSON.parse(result.stdout) as unknown
    expect(report).toEqual({
      ok: true,
      lessons: [
        {
          id: 'gather.py',
          engine: 'python',
          ok: true,
          total: { actual: 2, expected: null },
          lines: [
            { t: 0, expected_t: null, text: 'started', kind: 'stdout', ok: true },
            { t: 1, expected_t: null, text: 'hello', kind: 'stdout', ok: true },
            { t: 2, expected_t: null, text: 'world', kind: 'stdout', ok: true },
            { t: 2, expected_t: null, text: 'finished', kind: 'stdout', ok: true },
          ],
          headlines: [],
          error: null,
        },
      ],
    })
  })

  test('has exactly the keys of run --json, at every level', () => {
    type Entry = Record<string, unknown> & { lines: Array<Record<string, unknown>>; total: Record<string, unknown> }
    const keys = (stdout: string): string[][] => {
      const report = JSON.parse(stdout) as Record<string, unknown> & { lessons: Entry[] }
      const entry = report.lessons[0]!
      return [Object.keys(report), Object.keys(entry), Object.keys(entry.total), Object.keys(entry.lines[0]!)].map((k) => k.sort())
    }
    expect(keys(runBin(['trace', fixture('gather.py'), '--json']).stdout)).toEqual(keys(runBin(['run', '1', '--json']).stdout))
  })

  test('a program that raised is not ok: its exception is the last line and the error says so, exit 1', () => {
    const result = runBin(['trace', fixture('raises.py'), '--json'])
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout) as { ok: boolean; lessons: Array<{ ok: boolean; lines: Array<{ kind: string; text: string }>; error: string }> }
    expect(report.ok).toBe(false)
    expect(report.lessons[0]!.ok).toBe(false)
    expect(report.lessons[0]!.lines.at(-1)).toMatchObject({ kind: 'exception', text: 'ValueError: boom' })
    expect(report.lessons[0]!.error).toBe('raises.py ended with an uncaught exception: ValueError: boom')
  })

  test('a syntax error is still a report, with Python’s message as the error', () => {
    const result = runBin(['trace', fixture('syntax_error.py'), '--json'])
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout) as { ok: boolean; lessons: Array<{ error: string }> }
    expect(report.ok).toBe(false)
    expect(report.lessons[0]!.error).toContain("SyntaxError: '(' was never closed")
  })
})

describe('trace refuses what it cannot run, in one paragraph', () => {
  test('a missing file: exit 2, naming the path', () => {
    const result = runBin(['trace', 'no/such/program.py'])
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: 'error: There is no file no/such/program.py. Give the path of a Python program, for example: asyncio-lessons trace hello.py\n',
    })
  })

  test('a folder: exit 2, suggesting a file inside it', () => {
    const result = runBin(['trace', fixtures, '--lang', 'zh'])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(`错误：${fixtures} 是一个文件夹，不是 Python 程序。请给出 .py 文件的路径，例如：asyncio-lessons trace ${fixtures}/main.py\n`)
  })

  test('no python3: exit 3, saying what to install', () => {
    const result = runBin(['trace', fixture('gather.py')], { ASYNCIO_LESSONS_PYTHON: '/nonexistent' })
    expect(result.status).toBe(3)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Cannot run "/nonexistent"')
    expect(result.stderr).toContain('Install Python 3.11 or newer')
    expect(result.stderr).not.toMatch(STACK)
  })

  test('a --max-iterations that is not a whole number: exit 2', () => {
    const result = runBin(['trace', fixture('gather.py'), '--max-iterations', '1e3'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--max-iterations must be a whole number greater than 0')
  })
})
