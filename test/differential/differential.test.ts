/**
 * The differential corpus (corpus.ts): both engines run every case and must leave identical traces
 * (see src/engines/comparable.ts for what is compared).
 */
import { describe, expect, test } from 'vitest'
import { comparableLines } from '../../src/engines/comparable.js'
import { runCpython } from '../../src/engines/cpython/index.js'
import { runProgram } from '../../src/scheduler/program.js'
import { cases, loadCase } from './corpus.js'

describe('the differential corpus', () => {
  test('has programs to compare', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  test.each(cases)('%s gives the same trace on both engines', async (file) => {
    const { pyPath, options, model } = await loadCase(file)
    const embedded = runProgram(model, options)
    const cpython = await runCpython(pyPath, options)
    expect(comparableLines(embedded)).toEqual(comparableLines(cpython.trace))
  })
})
