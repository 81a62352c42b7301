/**
 * Bundling must not change what a lesson prints: Python exception classes and coroutine functions
 * are known by their JavaScript names, which a minifier would rename. A probe bundled exactly like
 * the bin prints a traceback line and a deadlock report; both must name `ValueError` and `stuck()`.
 * And the bin's split (scripts/build-bin.ts) must keep start-up light: the scheduler, ora and
 * enquirer live in bundles of their own that the fast commands never read, and `list` reads neither
 * the lessons' bundle nor their files, only the catalog compiled into the bin.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { buildBin } from '../../scripts/build-bin.js'

test('the bundled scheduler keeps Python names', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asyncio-lessons-probe-'))
  try {
    const probe = await buildBin({ entry: join(import.meta.dirname, 'names-probe.ts'), outfile: join(dir, 'probe.cjs') })
    const lines = JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' }))
    expect(lines).toEqual([
      { t: 1, kind: 'exception', text: 'ValueError: x' },
      { t: 0, kind: 'deadlock', text: 'Task-1 stuck() waits on Future' },
    ])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('list, show and --version never read the lazily loaded bundles; run needs the scheduler; list not even the lessons', async () => {
  const root = join(import.meta.dirname, '..', '..')
  const dir = mkdtempSync(join(tmpdir(), 'asyncio-lessons-lazy-'))
  try {
    // An installed package's layout, with the bin built into its dist/.
    cpSync(join(root, 'package.json'), join(dir, 'package.json'))
    for (const item of ['lessons', 'python']) symlinkSync(join(root, item), join(dir, item))
    const bin = await buildBin({ outfile: join(dir, 'dist', 'asyncio-lessons.cjs') })
    const lazy = ['scheduler', 'spinner', 'prompts'].map((name) => join(dir, 'dist', `asyncio-lessons.${name}.cjs`))
    for (const file of lazy) expect(existsSync(file), file).toBe(true)
    for (const file of lazy) rmSync(file)
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })
    expect(run('--version').status).toBe(0)
    expect(run('list')).toMatchObject({ status: 0, stdout: expect.stringContaining('01-coroutines') })
    expect(run('show', '1')).toMatchObject({ status: 0, stdout: expect.stringContaining('Lesson 1') })
    expect(run('run', '1').stderr).toContain("Cannot find module './asyncio-lessons.scheduler.cjs'")
    // list reads the catalog compiled into the bin: no lesson.ts, not even their bundle.
    rmSync(join(dir, 'dist', 'asyncio-lessons.lessons.cjs'))
    expect(run('list')).toMatchObject({ status: 0, stdout: expect.stringContaining('11-pitfalls') })
    expect(run('show', '1').stderr).toContain("Cannot find module './asyncio-lessons.lessons.cjs'")
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
