/**
 * The bin answers `--version` and `list` itself, without commander (src/cli/fast-path.ts), and must
 * answer exactly as the full CLI does: for each command line and environment, the bin's stdout,
 * stderr and exit code are compared byte for byte with those of the full CLI's bundle run directly
 * (dist/asyncio-lessons.cli.cjs, which parses with commander). And it really answers them itself:
 * without the full CLI's bundle, they still work.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { FULL_CLI_PATH } from '../../scripts/build-bin.js'
import { BIN_PATH, ensureBin } from './bin.js'

let home: string

beforeAll(async () => {
  await ensureBin()
  home = mkdtempSync(join(tmpdir(), 'asyncio-lessons-fast-'))
})
afterAll(() => rmSync(home, { recursive: true, force: true }))

/** A data folder of its own for each run: a run may move an unreadable progress file aside. */
function dataFolder(progress?: string): string {
  const data = mkdtempSync(join(home, 'data-'))
  if (progress !== undefined) {
    mkdirSync(join(data, 'asyncio-lessons'))
    writeFileSync(join(data, 'asyncio-lessons', 'progress.json'), progress)
  }
  return data
}

function run(bin: string, args: readonly string[], env: Record<string, string>, progress?: string) {
  const data = dataFolder(progress)
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: home, XDG_DATA_HOME: data, ...env },
    timeout: 60_000,
  })
  // A warning names the progress file's folder and the time it was moved aside: the same text for both runs.
  const text = (s: string) => s.split(data).join('<data>').replace(/unreadable-[\dT:.Z-]+/g, 'unreadable-<time>')
  return { status: result.status, stdout: text(result.stdout), stderr: text(result.stderr) }
}

const at = '2026-01-02T03:04:05.000Z'
const PROGRESS = JSON.stringify({
  version: 1,
  lessons: {
    '03-create-task': {
      answers: { q1: { right: true, at }, q2: { right: true, at } },
      attempts: [{ id: 'a1', at, total: 2, answered: 2, right: 2, finished: true }],
    },
    '01-coroutines': {
      answers: { q1: { right: false, at } },
      attempts: [{ id: 'a2', at, total: 3, answered: 1, right: 0, finished: false }],
    },
  },
})

const C = { LANG: 'C.UTF-8' }
const cases: ReadonlyArray<[string, readonly string[], Record<string, string>, string?]> = [
  ['--version', ['--version'], C],
  ['-V', ['-V'], C],
  ['--version after global options', ['--lang', 'zh', '--no-color', '--version'], C],
  ['list', ['list'], C],
  ['list --json', ['list', '--json'], C],
  ['list in Chinese by the locale', ['list'], { LANG: 'zh_CN.UTF-8' }],
  ['list --lang zh', ['list', '--lang', 'zh'], C],
  ['list in both languages', ['--lang=both', 'list'], C],
  ['list --json in Chinese', ['list', '--json', '--lang', 'zh'], C],
  ['list at 40 columns', ['list'], { ...C, COLUMNS: '40' }],
  ['list in Chinese at 30 columns', ['list', '--lang', 'zh'], { ...C, COLUMNS: '30' }],
  ['list in colour', ['list'], { ...C, FORCE_COLOR: '1' }],
  ['list --no-color beats FORCE_COLOR', ['list', '--no-color'], { ...C, FORCE_COLOR: '1' }],
  ['list --json stays plain in colour', ['list', '--json'], { ...C, FORCE_COLOR: '3' }],
  ['list with quiz progress', ['list'], C, PROGRESS],
  ['list with quiz progress in colour, in Chinese', ['list', '--lang', 'zh'], { ...C, FORCE_COLOR: '1' }, PROGRESS],
  ['list --json with quiz progress', ['list', '--json'], C, PROGRESS],
  ['list with an unreadable progress file', ['list'], C, '{ not json'],
  ['list with an unreadable progress file, in colour', ['list'], { ...C, FORCE_COLOR: '1' }, '{ not json'],
]

describe('the bin answers as the full CLI does, byte for byte', () => {
  test.each(cases)('%s', (_, args, env, progress) => {
    const fast = run(BIN_PATH, args, env, progress)
    const full = run(FULL_CLI_PATH, args, env, progress)
    expect(fast).toEqual(full)
    expect(fast.status).toBe(0)
    expect(fast.stdout).not.toBe('')
  })

  test('the cases cover the quiz column and the warning about an unreadable file', () => {
    expect(run(BIN_PATH, ['list'], C, PROGRESS).stdout).toMatch(/quiz[\s\S]*2\/2/)
    expect(run(BIN_PATH, ['list'], C, '{ not json').stderr).not.toBe('')
  })
})

test('what the bin does not answer itself, the full CLI does: help, errors, other commands', () => {
  for (const args of [['--help'], ['list', '--help'], ['list', 'extra'], ['--json', 'list'], ['--lang', 'xx', 'list'], ['show', '1'], []]) {
    expect(run(BIN_PATH, args, C), args.join(' ')).toEqual(run(FULL_CLI_PATH, args, C))
  }
})

test('a reader that goes away (| head) ends list quietly', () => {
  const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN_PATH}" list --lang both | head -c 1`], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: home, XDG_DATA_HOME: dataFolder(), LANG: 'C.UTF-8' },
  })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
})

test('piped, --version and list load neither streams nor the terminal modules', () => {
  // Preloaded: reports the built-in modules loaded by the time the process exits.
  const probe = join(home, 'loaded-modules.cjs')
  writeFileSync(probe, `process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify(process.moduleLoadList)))`)
  for (const args of [['--version'], ['list'], ['list', '--json', '--lang', 'zh']]) {
    const result = spawnSync(process.execPath, ['--require', probe, BIN_PATH, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: home, XDG_DATA_HOME: dataFolder(PROGRESS), LANG: 'C.UTF-8' },
    })
    expect(result.status).toBe(0)
    const loaded = (JSON.parse(result.stderr) as string[]).filter((name) => /^NativeModule (stream|net|tty|readline|child_process)$/.test(name))
    expect(loaded, args.join(' ')).toEqual([])
  }
})

test('--version and list never read the full CLI bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asyncio-lessons-fast-only-'))
  try {
    const root = join(import.meta.dirname, '..', '..')
    cpSync(join(root, 'package.json'), join(dir, 'package.json'))
    symlinkSync(join(root, 'lessons'), join(dir, 'lessons'))
    mkdirSync(join(dir, 'dist'))
    for (const file of readdirSync(dirname(BIN_PATH)).filter((name) => /^asyncio-lessons.*\.(cjs|json)$/.test(name))) {
      if (file !== 'asyncio-lessons.cli.cjs') cpSync(join(dirname(BIN_PATH), file), join(dir, 'dist', file))
    }
    const bin = join(dir, 'dist', 'asyncio-lessons.cjs')
    expect(run(bin, ['--version'], C)).toMatchObject({ status: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) })
    expect(run(bin, ['list'], C)).toMatchObject({ status: 0, stdout: expect.stringContaining('01-coroutines') })
    expect(run(bin, ['show', '1'], C).stderr).toContain("Cannot find module './asyncio-lessons.cli.cjs'")
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
