import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as fs from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { Bilingual } from '../../src/errors.js'
import { ProgressSaveError } from '../../src/quiz/errors.js'
import { emptyProgress, formatProgress, recordAnswer, type Progress } from '../../src/quiz/progress.js'
import { ProgressStore, type FsOps } from '../../src/quiz/store.js'

let dir: string
let file: string
let warnings: Bilingual[]

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'asyncio-lessons-store-'))
  file = join(dir, 'data', 'asyncio-lessons', 'progress.json')
  warnings = []
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const NOW = new Date('2026-03-04T05:06:07.089Z')

function store(path = file, fsOps: Partial<FsOps> = {}): ProgressStore {
  return new ProgressStore(path, { warn: (w) => warnings.push(w), now: () => NOW, pid: 42, fs: fsOps })
}

function answer(key: string, right = true, lesson = '03-create-task', attempt = 'a'): Progress {
  return recordAnswer(emptyProgress(), { lesson, attempt, total: 3, key, right, at: `2026-01-01T00:00:0${key.slice(1)}.000Z` })
}

function folder(): string[] {
  return readdirSync(join(dir, 'data', 'asyncio-lessons')).sort()
}

function failing(name: keyof FsOps, code: string): Partial<FsOps> {
  return {
    [name]: () => {
      throw Object.assign(new Error(`${code}: simulated`), { code })
    },
  }
}

describe('the progress store', () => {
  test('starts empty when nothing was saved, without a warning', () => {
    expect(store().load()).toEqual(emptyProgress())
    expect(warnings).toEqual([])
  })

  test('saves into a folder it creates, and reads back what it saved', () => {
    const saved = store().save(answer('q1'))
    expect(store().load()).toEqual(saved)
    expect(readFileSync(file, 'utf8')).toBe(formatProgress(saved))
    expect(folder()).toEqual(['progress.json'])
  })

  test('merges each save into what another session saved meanwhile', () => {
    const mine = store()
    mine.save(answer('q1'))
    store().save(answer('q2', false, '04-gather', 'theirs'))
    mine.save(answer('q3'))
    expect(Object.keys(store().load().lessons).sort()).toEqual(['03-create-task', '04-gather'])
    expect(Object.keys(store().load().lessons['03-create-task']!.answers).sort()).toEqual(['q1', 'q3'])
  })

  test('writes a temporary file, syncs it, then renames it over the file: the only step that touches progress.json', () => {
    const calls: string[] = []
    const name = (p: unknown): string => (typeof p === 'string' ? p.slice(dir.length) : 'fd')
    const spy: Partial<FsOps> = {
      openSync: ((p: string, flags: string, mode?: number) => {
        calls.push(`open ${name(p)} ${flags}`)
        return fs.openSync(p, flags, mode)
      }) as FsOps['openSync'],
      writeFileSync: ((target: number, data: string, options: BufferEncoding) => {
        calls.push(`write ${name(target)}`)
        fs.writeFileSync(target, data, options)
      }) as FsOps['writeFileSync'],
      fsyncSync: (fd) => {
        calls.push('fsync')
        fs.fsyncSync(fd)
      },
      renameSync: (from, to) => {
        calls.push(`rename ${name(from)} -> ${name(to)}`)
        fs.renameSync(from, to)
      },
    }
    store(file, spy).save(answer('q1'))
    expect(calls).toEqual([
      'open /data/asyncio-lessons/.progress.json.42.1.tmp w',
      'write fd',
      'fsync',
      'rename /data/asyncio-lessons/.progress.json.42.1.tmp -> /data/asyncio-lessons/progress.json',
      'open /data/asyncio-lessons r',
      'fsync',
    ])
  })

  test('a corrupt file is moved aside with a one-line warning, and progress starts afresh', () => {
    mkdirSync(join(dir, 'data', 'asyncio-lessons'), { recursive: true })
    writeFileSync(file, '{"version": 1, "less')
    expect(store().load()).toEqual(emptyProgress())
    const aside = `${file}.unreadable-2026-03-04T05-06-07-089Z`
    expect(readFileSync(aside, 'utf8')).toBe('{"version": 1, "less')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.en).toMatch(/^Warning: your progress file could not be read \(not valid JSON .*\); it was moved to .*unreadable-2026-03-04T05-06-07-089Z and progress starts afresh\.$/)
    expect(warnings[0]!.en).not.toContain('\n')
    store().save(answer('q1'))
    expect(folder()).toEqual(['progress.json', 'progress.json.unreadable-2026-03-04T05-06-07-089Z'])
  })

  test('a file that cannot be read at all (a folder in its place) is moved aside too', () => {
    mkdirSync(file, { recursive: true })
    expect(store().load()).toEqual(emptyProgress())
    expect(warnings[0]!.en).toContain('it is a folder, not a file (EISDIR)')
    expect(folder()).toEqual(['progress.json.unreadable-2026-03-04T05-06-07-089Z'])
  })

  test('a corrupt file that cannot be moved aside is never written over', () => {
    mkdirSync(join(dir, 'data', 'asyncio-lessons'), { recursive: true })
    writeFileSync(file, 'garbage')
    const stuck = store(file, failing('renameSync', 'EACCES'))
    expect(stuck.load()).toEqual(emptyProgress())
    expect(() => stuck.save(answer('q1'))).toThrow(ProgressSaveError)
    expect(readFileSync(file, 'utf8')).toBe('garbage')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.en).toContain("this session's answers will not be saved")
  })

  test('a folder that cannot be created (its parent is a file) gives a clear error and writes nothing', () => {
    writeFileSync(join(dir, 'data'), 'a file where a folder should be')
    const error = (() => {
      try {
        store().save(answer('q1'))
      } catch (e) {
        return e
      }
      return undefined
    })()
    expect(error).toBeInstanceOf(ProgressSaveError)
    expect((error as ProgressSaveError).exitCode).toBe(1)
    expect((error as ProgressSaveError).text.en).toBe(
      `Could not save your progress to ${file}: part of the path is a file, not a folder (ENOTDIR). What was saved before is unchanged.`,
    )
    expect(readFileSync(join(dir, 'data'), 'utf8')).toBe('a file where a folder should be')
  })

  test('a full disk mid-write loses nothing saved before, and leaves no temporary file', () => {
    store().save(answer('q1'))
    const before = readFileSync(file, 'utf8')
    expect(() => store(file, failing('writeFileSync', 'ENOSPC')).save(answer('q2'))).toThrow(/the disk is full \(ENOSPC\)\. What was saved before is unchanged/)
    expect(readFileSync(file, 'utf8')).toBe(before)
    expect(folder()).toEqual(['progress.json'])
  })

  test('a read-only file system fails at the rename, with the file as it was', () => {
    store().save(answer('q1'))
    const before = readFileSync(file, 'utf8')
    expect(() => store(file, failing('renameSync', 'EROFS')).save(answer('q2'))).toThrow(/the file system is read-only \(EROFS\)/)
    expect(readFileSync(file, 'utf8')).toBe(before)
    expect(folder()).toEqual(['progress.json'])
  })

  test('a write interrupted before its rename (the process killed) leaves the saved file whole', () => {
    store().save(answer('q1'))
    const before = readFileSync(file, 'utf8')
    // What a process killed between writing and renaming leaves behind: a half-written temporary file.
    writeFileSync(join(dir, 'data', 'asyncio-lessons', '.progress.json.999.1.tmp'), before.slice(0, 20))
    expect(formatProgress(store().load())).toBe(before)
    store().save(answer('q2'))
    expect(Object.keys(store().load().lessons['03-create-task']!.answers)).toEqual(['q1', 'q2'])
    expect(warnings).toEqual([])
  })

  test('reset deletes the file, and says when there was nothing to delete', () => {
    store().save(answer('q1'))
    expect(store().reset()).toBe(true)
    expect(store().load()).toEqual(emptyProgress())
    expect(store().reset()).toBe(false)
  })

  test('a reset that cannot delete says why', () => {
    writeFileSync(join(dir, 'data'), 'file')
    expect(store().reset()).toBe(false)
    expect(() => store(file, failing('unlinkSync', 'EACCES')).reset()).toThrow(/Could not delete .*permission denied \(EACCES\)/)
  })
})
