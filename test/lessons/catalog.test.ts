/** The lessons' catalog (what list and the menu show), and the build's check that makes it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { validatedCatalog } from '../../scripts/build-bin.js'
import { catalogOf } from '../../src/lessons/catalog.js'
import { loadLibrary } from '../../src/lessons/loader.js'
import { importedModules } from '../../src/lessons/modules.js'

const LESSONS = join(import.meta.dirname, '..', '..', 'lessons')

describe('the catalog', () => {
  test('holds each lesson\'s number, id, title, topics and total, and nothing else', async () => {
    const catalog = catalogOf(await loadLibrary(LESSONS, importedModules(), { programs: false }))
    expect(catalog.entries[0]).toEqual({
      number: 1,
      id: '01-coroutines',
      slug: 'coroutines',
      title: { en: 'Coroutines and asyncio.run', zh: expect.any(String) },
      topics: expect.arrayContaining(['coroutine']),
      total: 1,
      valid: true,
    })
    expect(catalog.problems).toEqual([])
  })

  test('the build makes it from the built-in lessons, all valid, as the loader sees them', async () => {
    const built = await validatedCatalog(LESSONS)
    expect(built).toEqual(catalogOf(await loadLibrary(LESSONS, importedModules(), { programs: true })))
    expect(built.entries.length).toBeGreaterThanOrEqual(10)
    expect(built.entries.every((entry) => entry.valid)).toBe(true)
  })

  test('the build fails on an invalid lesson, naming the file and the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asyncio-lessons-catalog-'))
    try {
      mkdirSync(join(dir, '01-hello'))
      writeFileSync(join(dir, '01-hello', 'main.py'), 'print("hello")\n')
      mkdirSync(join(dir, 'drafts'))
      const error = await validatedCatalog(dir).then(
        () => null,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toContain('the bin is not built')
      expect((error as Error).message).toContain(`${join(dir, '01-hello').split('/').at(-2)}/01-hello/lesson.ts: is missing`)
      expect((error as Error).message).toContain('drafts: a lesson folder is named NN-slug')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
