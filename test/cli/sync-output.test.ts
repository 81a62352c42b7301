/**
 * The fast path's output by file descriptor (src/cli/sync-output.ts): every byte written, and
 * files and the null device told apart from a terminal. (That a piped `list` loads neither
 * node:tty nor node:stream is checked on the built bin, in test/e2e/fast-path.test.ts.)
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { isBrokenPipe, isTerminal, writeAll } from '../../src/cli/sync-output.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'asyncio-lessons-sync-output-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

test('writeAll writes every byte of multi-byte text', () => {
  const file = join(dir, 'out.txt')
  const fd = openSync(file, 'w')
  const text = `编号  id  标题 ✓\n${'x'.repeat(200_000)}\n`
  writeAll(fd, text)
  closeSync(fd)
  expect(readFileSync(file, 'utf8')).toBe(text)
})

test('a file and the null device are not terminals', async () => {
  const fd = openSync(join(dir, 'f'), 'w')
  const devNull = openSync('/dev/null', 'w')
  try {
    expect(await isTerminal(fd)).toBe(false)
    expect(await isTerminal(devNull)).toBe(false)
  } finally {
    closeSync(fd)
    closeSync(devNull)
  }
})

test('a closed descriptor is not a terminal', async () => {
  const fd = openSync(join(dir, 'f'), 'w')
  closeSync(fd)
  expect(await isTerminal(fd)).toBe(false)
})

test('EPIPE is a broken pipe; other errors are not', () => {
  expect(isBrokenPipe(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).toBe(true)
  expect(isBrokenPipe(Object.assign(new Error('write EBADF'), { code: 'EBADF' }))).toBe(false)
  expect(isBrokenPipe('EPIPE')).toBe(false)
})
