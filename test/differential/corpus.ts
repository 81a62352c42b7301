/**
 * The differential corpus, shared by the comparisons that run it: every `cases/<topic>/NAME.py`
 * with its model `NAME.model.ts`, and the run options a case sets in a header comment of its .py,
 * e.g. `# differential: max-iterations=500`.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Program } from '../../src/scheduler/program.js'

const casesDir = join(dirname(fileURLToPath(import.meta.url)), 'cases')

/** Every case, as its .py path relative to `cases/`, sorted. */
export const cases: readonly string[] = readdirSync(casesDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.py'))
  .sort()

export interface CaseOptions {
  maxIterations?: number
}

export interface Case {
  readonly pyPath: string
  readonly options: CaseOptions
  readonly model: Program
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

/** Loads a case: its program's path, its run options and its model. */
export async function loadCase(file: string): Promise<Case> {
  const pyPath = join(casesDir, file)
  const options = caseOptions(readFileSync(pyPath, 'utf8'))
  const model = (await import(pathToFileURL(pyPath.replace(/\.py$/, '.model.ts')).href)) as { default: Program }
  return { pyPath, options, model: model.default }
}
