/**
 * The built bin (dist/asyncio-lessons.cjs) spawned as a user would: output in both languages,
 * JSON, exit codes for each error, plain text when piped, wrapping of Chinese at a narrow width.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { displayWidth, stripAnsi } from '../../src/ui/width.js'
import { ANSI, BIN_PATH, ensureBin, runBin } from './bin.js'

const root = join(import.meta.dirname, '..', '..')
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version

beforeAll(async () => {
  await ensureBin()
})

describe('the bin', () => {
  test('--version prints the version and nothing else', () => {
    expect(runBin(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' })
  })

  test('with no command and no terminal, it prints the help', () => {
    const result = runBin([])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Usage: asyncio-lessons [options] [command]')
  })

  test('run 1 plays the lesson in English, as plain text when piped', () => {
    const result = runBin(['run', '1'])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).not.toMatch(ANSI)
    expect(result.stdout).toContain('━━ Lesson 1 · Coroutines and asyncio.run')
    expect(result.stdout).toContain(' 13 │ asyncio.run(coro)')
    expect(result.stdout).toMatch(/t=1\.000s {2}world +1\.000s ✓/)
    expect(result.stdout).toContain('Total 1.000s, expected 1s ✓')
    expect(result.stdout).toContain('A common mistake')
  })

  test('run 1 plays the lesson in Chinese with --lang zh, and by the locale', () => {
    for (const [args, env] of [
      [['run', '1', '--lang', 'zh'], {}],
      [['run', '1'], { LANG: 'zh_CN.UTF-8' }],
    ] as const) {
      const result = runBin(args, env)
      expect(result.status).toBe(0)
      expect(result.stdout).toContain('第 1 课 · 协程与 asyncio.run')
      expect(result.stdout).toContain('总时长 1.000s，预期 1s ✓')
      expect(result.stdout).toContain('初学者常犯的错')
    }
  })

  test('run --json and check --json print valid JSON of the documented shape', () => {
    const run = runBin(['run', 'create-task', '--json'])
    expect(run.status).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({ ok: true, lessons: [{ id: '03-create-task', engine: 'embedded', total: { actual: 2, expected: 2 } }] })
    const check = runBin(['check', '--engine', 'embedded', '--json'])
    expect(check.status).toBe(0)
    expect(JSON.parse(check.stdout).lessons.map((l: { id: string }) => l.id).slice(0, 3)).toEqual(['01-coroutines', '02-await', '03-create-task'])
  })

  test('run on CPython gives the same timestamps', () => {
    const result = runBin(['run', '2', '--engine', 'python', '--no-code', '--no-explain'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Output on CPython')
    expect(result.stdout).toMatch(/t=3\.000s {2}finished at 18:27:42 +3\.000s ✓/)
  })

  test('Chinese text wraps by display width at a narrow width', () => {
    const result = runBin(['run', '3', '--lang', 'zh'], { COLUMNS: '40' })
    expect(result.status).toBe(0)
    const lines = result.stdout.split('\n')
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(40)
    expect(lines.some((line) => displayWidth(line) >= 36)).toBe(true)
  })

  test('colour appears only when forced, and --no-color beats FORCE_COLOR', () => {
    expect(runBin(['list'], { FORCE_COLOR: '1' }).stdout).toMatch(ANSI)
    expect(runBin(['list', '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toMatch(ANSI)
    expect(runBin(['list'], { NO_COLOR: '1' }).stdout).not.toMatch(ANSI)
    expect(runBin(['list', '--json'], { FORCE_COLOR: '1' }).stdout).not.toMatch(ANSI)
  })
})

describe('exit codes and error messages', () => {
  test.each([
    [['run', '99'], 'error: Unknown lesson "99". Lessons: 01-coroutines, 02-await, 03-create-task, '],
    [['show', 'creat-task'], 'error: Unknown lesson "creat-task". Did you mean "03-create-task"?'],
    [['run', '--fast'], "error: unknown option '--fast'"],
    [['run', '--engine', 'pypy'], "argument 'pypy' is invalid"],
    [['--lang', 'fr', 'list'], "argument 'fr' is invalid"],
    [['frobnicate'], "error: unknown command 'frobnicate'"],
  ])('%j is a usage error: exit 2, a message, no stack trace', (args, message) => {
    const result = runBin(args)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(message)
    expect(result.stderr).not.toMatch(/^\s+at /m)
  })

  test('a usage error speaks the user’s language', () => {
    expect(runBin(['run', 'creat-task'], { LANG: 'zh_CN.UTF-8' }).stderr).toBe(
      '错误：没有名为 "creat-task" 的课程。你是不是想找 "03-create-task"？\n',
    )
  })

  test('python3 missing for the CPython engine is exit 3 and says what to install', () => {
    const result = runBin(['check', '1', '--engine', 'python'], { ASYNCIO_LESSONS_PYTHON: '/nonexistent/python3' })
    expect(result.status).toBe(3)
    expect(result.stderr).toContain('the CPython engine needs Python 3.11 or newer')
    expect(result.stderr).toContain('apt-get install python3')
  })

  test('DEBUG=asyncio-lessons adds the stack trace', () => {
    const result = runBin(['run', '99'], { DEBUG: 'asyncio-lessons' })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^\s+at /m)
  })
})

describe('check against a lesson whose expected output is wrong', () => {
  let copy: string

  beforeAll(() => {
    // An installed package's layout: the bin finds lessons/ and python/ beside its package.json.
    copy = mkdtempSync(join(tmpdir(), 'asyncio-lessons-e2e-'))
    for (const item of ['package.json', 'lessons', 'python']) cpSync(join(root, item), join(copy, item), { recursive: true })
    // The bin and what it loads lazily (asyncio-lessons.scheduler.cjs, ..., the messages asyncio-lessons.en.json, ...).
    for (const file of readdirSync(dirname(BIN_PATH)).filter((name) => /^asyncio-lessons.*\.(cjs|json)$/.test(name))) {
      cpSync(join(dirname(BIN_PATH), file), join(copy, 'dist', file))
    }
    const expected = join(copy, 'lessons', '02-await', 'expected.out')
    writeFileSync(expected, readFileSync(expected, 'utf8').replace('[  1.000] hello', '[  2.000] hello'))
  })
  afterAll(() => rmSync(copy, { recursive: true, force: true }))

  test('exits 1 with the expected and the actual line side by side', () => {
    const result = runBin(['check', 'await', '--engine', 'all'], {}, join(copy, 'dist', 'asyncio-lessons.cjs'))
    expect(result.status).toBe(1)
    const out = stripAnsi(result.stdout)
    for (const engine of ['embedded', 'python']) {
      expect(out).toContain(`✗ 02-await  ${engine}`)
    }
    expect(out).toContain('    #2   expected [  2.000] hello\n         actual   [  1.000] hello')
    expect(result.stderr).toBe('error: 2 of 2 checks failed.\n')
  })
})
