/**
 * Bundling must not change what a lesson prints: Python exception classes and coroutine functions
 * are known by their JavaScript names, which a minifier would rename. A probe bundled exactly like
 * the bin prints a traceback line and a deadlock report; both must name `ValueError` and `stuck()`.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
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
