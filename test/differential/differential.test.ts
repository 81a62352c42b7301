/**
 * The differential corpus: every `cases/<topic>/NAME.py` has a model `NAME.model.ts`; both engines run
 * it and must leave identical traces (see src/engines/comparable.ts for what is compared).
 *
 * A case may set run options in a header comment of its .py, e.g. `# differential: max-iterations=500`.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, test } from 'vitest'
import { comparableLines } from '../../src/engines/comparable.js'
import { runCpython } from '../../src/engines/cpython/index.js'
import { type Program, runProgram } from '../../src/scheduler/program.js'

const casesDir = join(dirname(fileURLToPath(import.meta.url)), 'cases')
const cases = readdirSync(casesDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.py'))
  .sort()

interface CaseOptions {
  maxIterations?: number
}

function caseOptions(source: string): CaseOptions {
  const header = /^# differential:(.*)$/m.exec(source)?.[1] ?? ''
  const options: CaseOptions = {}
  for (const [, key, value] of header.matchAll(/([a-z-]+)=(\S+)/g)) {
    if (key === 'max-iterations') options.maxIterations = Number(value)
    else throw new Error(`unknown differential option ${key}`)
  }
  return options
}

describe('the differential corpus', () => {
  test('has programs to compare', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  test.each(cases)('%s gives the same trace on both engines', async (file) => {
    const pyPath = join(casesDir, file)
    const options = caseOptions(readFileSync(pyPath, 'utf8'))
    const model = (await import(pathToFileURL(pyPath.replace(/\.py$/, '.model.ts')).href)) as { default: Program }
    const embedded = runProgram(model.default, options)
    const cpython = await runCpython(pyPath, options)
    expect(comparableLines(embedded)).toEqual(comparableLines(cpython.trace))
  })
})
