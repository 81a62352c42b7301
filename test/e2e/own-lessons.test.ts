/**
 * Lessons of one's own, through the built bin as a teacher would use it, in temporary folders outside
 * the repository: `new` scaffolds a lesson that passes `check --lessons <dir> --engine all` at once
 * (its TypeScript compiled by tsx at run time, its `asyncio-lessons/python` import mapped to the
 * running program), a broken lesson is reported with its file and field, and two folders holding
 * one id are both named.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { BIN_PATH, ensureBin, type Result } from './bin.js'

const home = mkdtempSync(join(tmpdir(), 'asyncio-lessons-own-'))

/** The bin run in `cwd` (a folder outside the repository), with a clean environment. */
function bin(cwd: string, args: readonly string[], env: Record<string, string> = {}): Result {
  const result = spawnSync(process.execPath, [BIN_PATH, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: home, LANG: 'C.UTF-8', ...env },
    timeout: 120_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A fresh folder outside the repository holding one scaffolded lesson, `lessons/01-hello-world`. */
function scaffolded(): string {
  const dir = mkdtempSync(join(home, 'teacher-'))
  const result = bin(dir, ['new', 'hello-world'])
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return dir
}

beforeAll(async () => {
  await ensureBin()
}, 120_000)

afterAll(() => {
  rmSync(home, { recursive: true, force: true })
})

describe('lessons of your own, with the built bin', () => {
  test('new scaffolds ./lessons/01-slug, with expected.out produced by running the model', () => {
    const dir = scaffolded()
    const lesson = join(dir, 'lessons', '01-hello-world')
    expect(readdirSync(lesson).sort()).toEqual(['expected.out', 'explain.en.md', 'explain.zh.md', 'lesson.ts', 'main.py', 'model.ts'])
    expect(readFileSync(join(lesson, 'expected.out'), 'utf8')).toBe('[  0.000] hello\n[  1.000] world\n')
    expect(readFileSync(join(lesson, 'model.ts'), 'utf8')).toContain("from 'asyncio-lessons/python'")
    expect(readFileSync(join(lesson, 'lesson.ts'), 'utf8')).toContain("from 'asyncio-lessons'")
    expect(readFileSync(join(lesson, 'explain.en.md'), 'utf8')).toContain('TODO')
    expect(readFileSync(join(lesson, 'explain.zh.md'), 'utf8')).toContain('TODO')
  })

  test('a scaffolded lesson passes check --lessons <dir> --engine all, and the next one is numbered 02', () => {
    const dir = scaffolded()
    const second = bin(dir, ['new', 'second-one', '--lessons', 'lessons'])
    expect(second.status).toBe(0)
    expect(second.stdout).toContain('Created lessons/02-second-one')

    const check = bin(dir, ['check', '--lessons', join(dir, 'lessons'), '--engine', 'all'])
    expect(check.stderr).toBe('')
    expect(check.stdout).toContain('✓ 01-hello-world  embedded')
    expect(check.stdout).toContain('✓ 02-second-one   python')
    // The scaffold's one headline is verified on both engines.
    expect(check.stdout).toContain('✓ 01-hello-world  embedded  2 lines · total 1.000s · 1/1 headlines')
    expect(check.stdout).toContain('4 passed, 0 failed')
    expect(check.status).toBe(0)
  })

  test('--lessons replaces the built-in lessons in list, show and run', () => {
    const dir = scaffolded()
    const list = bin(dir, ['list', '--lessons', './lessons'])
    expect(list.status).toBe(0)
    expect(list.stdout).toContain('01-hello-world')
    expect(list.stdout).not.toContain('create-task')

    const show = bin(dir, ['show', '1', '--lessons', './lessons'])
    expect(show.stdout).toContain('━━ Lesson 1 · Hello world')
    const run = bin(dir, ['run', 'hello-world', '--lessons', './lessons', '--no-explain'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/t=1\.000s {2}world +1\.000s ✓/)
  })

  test('a lesson folder in a "type": "module" package loads as ES modules too', () => {
    const dir = scaffolded()
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'course', private: true, type: 'module' }))
    const check = bin(dir, ['check', '--lessons', 'lessons', '--engine', 'embedded'])
    expect(check.stdout).toContain('1 passed, 0 failed')
    expect(check.status).toBe(0)
  })

  test('new refuses a bad slug and an existing lesson with exit 2, in both languages, writing nothing', () => {
    const dir = scaffolded()
    const bad = bin(dir, ['new', 'Hello_World', '--lang', 'both'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('"Hello_World" cannot name a lesson')
    expect(bad.stderr).toContain('"Hello_World" 不能用作课程名')

    const again = bin(dir, ['new', 'hello-world', '--lang', 'both'])
    expect(again.status).toBe(2)
    expect(again.stderr).toContain('A lesson named hello-world already exists: ./lessons/01-hello-world.')
    expect(again.stderr).toContain('名为 hello-world 的课程已经存在')
    expect(readdirSync(join(dir, 'lessons'))).toEqual(['01-hello-world'])
  })

  test('a broken lesson in a user folder is reported with its file and field, not a crash', () => {
    const dir = scaffolded()
    const lessonTs = join(dir, 'lessons', '01-hello-world', 'lesson.ts')
    writeFileSync(lessonTs, readFileSync(lessonTs, 'utf8').replace('answer: 1,', 'answer: 7,'))
    const check = bin(dir, ['check', '--lessons', 'lessons', '--engine', 'embedded'], { COLUMNS: '200' })
    expect(check.status).toBe(1)
    expect(check.stdout + check.stderr).toContain('lessons/01-hello-world/lesson.ts: quiz[2].answer: should be the index of the right choice (0 to 2)')
    expect(check.stdout + check.stderr).not.toContain('internal error')
  })

  test('a model that does not compile is reported for its file', () => {
    const dir = scaffolded()
    writeFileSync(join(dir, 'lessons', '01-hello-world', 'model.ts'), 'export default program(function* ( {\n')
    const check = bin(dir, ['check', '--lessons', 'lessons', '--engine', 'embedded'])
    expect(check.status).toBe(1)
    expect(check.stdout + check.stderr).toContain('lessons/01-hello-world/model.ts: cannot be loaded')
  })

  test('two folders holding one id: both lessons are invalid, each problem naming the other folder', () => {
    const dir = scaffolded()
    mkdirSync(join(dir, 'more'))
    cpSync(join(dir, 'lessons', '01-hello-world'), join(dir, 'more', '01-hello-world'), { recursive: true })
    const check = bin(dir, ['check', '--lessons', 'lessons', '--lessons', 'more', '--engine', 'embedded'], { COLUMNS: '200' })
    expect(check.status).toBe(1)
    const output = check.stdout + check.stderr
    expect(output).toContain('lessons/01-hello-world: has the same id as more/01-hello-world')
    expect(output).toContain('more/01-hello-world: has the same id as lessons/01-hello-world')
  })

  test('a --lessons folder that does not exist is a usage error', () => {
    const dir = scaffolded()
    const list = bin(dir, ['list', '--lessons', 'nowhere'])
    expect(list.status).toBe(2)
    expect(list.stderr).toContain('No lessons folder at')
  })
})
