import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { scheduleLines } from '../../src/engines/comparable.js'
import { runOnEngine } from '../../src/lessons/evaluate.js'
import { loadLibrary, type Library } from '../../src/lessons/loader.js'
import { importedModules } from '../../src/lessons/modules.js'

let library: Library

beforeAll(async () => {
  library = await loadLibrary(join(import.meta.dirname, '..', '..', 'lessons'), importedModules(), { programs: true })
})

describe('runOnEngine with the schedule recorded', () => {
  test('records iterations only when asked, on the embedded engine', async () => {
    const lesson = library.entries[0]!.lesson!
    const plain = await runOnEngine(lesson, 'embedded')
    const recorded = await runOnEngine(lesson, 'embedded', { record: 'steps' })
    expect(plain.events.some((e) => e.kind === 'iteration')).toBe(false)
    expect(recorded.events.some((e) => e.kind === 'iteration')).toBe(true)
  })

  test('records no schedule on CPython unless asked', async () => {
    const trace = await runOnEngine(library.entries[0]!.lesson!, 'python')
    expect(trace.events.filter((e) => e.kind === 'task' || e.kind === 'thread' || e.kind === 'iteration')).toEqual([])
  })

  test('records the same schedule for every lesson on both engines', { timeout: 120_000 }, async () => {
    for (const entry of library.entries) {
      const embedded = await runOnEngine(entry.lesson!, 'embedded', { record: 'steps' })
      const cpython = await runOnEngine(entry.lesson!, 'python', { record: 'steps' })
      expect({ lesson: entry.id, lines: scheduleLines(embedded) }).toEqual({ lesson: entry.id, lines: scheduleLines(cpython) })
      // CPython knows where each task of the program stands: every suspension of `main` has its line.
      const mainSuspensions = cpython.events.filter((e) => e.kind === 'task' && e.task === 'Task-1' && e.event === 'suspended')
      expect(mainSuspensions.every((e) => e.kind === 'task' && e.line !== undefined)).toBe(true)
    }
  })
})
