/**
 * Running a lesson on an engine and comparing the run with what the lesson claims. `run` and
 * `check` both show an Evaluation; neither compares anything itself.
 *
 * An engine that cannot run at all (python3 missing) is thrown, since no other lesson can run on it
 * either; everything else that goes wrong in one run (an invalid lesson, a harness failure, a
 * JavaScript error in a model) becomes that evaluation's error.
 */
import { AppError, EngineUnavailableError, type Bilingual } from '../errors.js'
import { runProgram } from '../scheduler/program.js'
import type { Trace } from '../scheduler/trace.js'
import { compareLines, type Comparison } from './compare.js'
import { totalTime, traceLines, type TimedLine } from './expected.js'
import { verifyHeadlines, type HeadlineResult } from './headlines.js'
import type { Lesson, LessonEntry } from './loader.js'
import { problemText } from './problems.js'

import type { EngineName } from './engines.js'

export type { EngineName }

/**
 * What a run records besides its output, identically on both engines (trace.ts): `schedule`, the
 * task and thread events (timelines, the real-time spinner); `steps`, those and one event per loop
 * iteration (step-through; a long run makes many). Without either, the embedded engine still
 * records task and thread events (they cost nothing there) and CPython records neither.
 */
export interface RecordingOptions {
  readonly record?: 'schedule' | 'steps'
}

/** Runs a lesson's program on an engine and returns its trace. */
export type RunEngine = (lesson: Lesson, engine: EngineName, options?: RecordingOptions) => Promise<Trace>

export const runOnEngine: RunEngine = async (lesson, engine, options = {}) => {
  const iterations = options.record === 'steps'
  if (engine === 'embedded') {
    if (lesson.program === null) throw new Error(`${lesson.id} was loaded without its model`)
    return runProgram(lesson.program, { recordTaskEvents: true, recordIterations: iterations })
  }
  const { runCpython } = await import('../engines/cpython/index.js')
  return (await runCpython(lesson.mainPath, options.record === undefined ? {} : { recordSchedule: true, recordIterations: iterations })).trace
}

export interface Evaluation {
  readonly entry: LessonEntry
  readonly engine: EngineName
  readonly ok: boolean
  /** What the run produced; null when it could not run. */
  readonly actual: readonly TimedLine[] | null
  readonly comparison: Comparison | null
  readonly total: { readonly actual: number | null; readonly expected: number } | null
  /** The lesson's headlines verified on this run; empty when it could not run. */
  readonly headlines: readonly HeadlineResult[]
  readonly error: Bilingual | null
}

function failed(entry: LessonEntry, engine: EngineName, error: Bilingual): Evaluation {
  const expected = entry.lesson?.definition.total
  return {
    entry,
    engine,
    ok: false,
    actual: null,
    comparison: null,
    total: expected === undefined ? null : { actual: null, expected },
    headlines: [],
    error,
  }
}

function describe(error: unknown): Bilingual {
  if (error instanceof AppError) return error.text
  const message = error instanceof Error ? error.message : String(error)
  return {
    en: `the run failed with a JavaScript error (a bug in the model or the scheduler): ${message}`,
    zh: `运行时出现 JavaScript 错误（模型或调度器的缺陷）：${message}`,
  }
}

export async function evaluate(entry: LessonEntry, engine: EngineName, runEngine: RunEngine = runOnEngine): Promise<Evaluation> {
  const lesson = entry.lesson
  if (lesson === null) {
    const texts = entry.problems.map(problemText)
    return failed(entry, engine, { en: texts.map((t) => t.en).join('\n'), zh: texts.map((t) => t.zh).join('\n') })
  }
  let trace: Trace
  try {
    trace = await runEngine(lesson, engine)
  } catch (error) {
    if (error instanceof EngineUnavailableError) throw error
    return failed(entry, engine, describe(error))
  }
  const actual = traceLines(trace)
  const comparison = compareLines(lesson.expected, actual)
  const headlines = verifyHeadlines(lesson.definition.headlines ?? [], actual)
  return {
    entry,
    engine,
    ok: comparison.ok && headlines.every((h) => h.ok),
    actual,
    comparison,
    total: { actual: totalTime(actual), expected: lesson.definition.total },
    headlines,
    error: null,
  }
}

/** Evaluates each (lesson, engine) pair, running at most `parallel` at once, results in input order. */
export async function evaluateAll(
  pairs: ReadonlyArray<readonly [LessonEntry, EngineName]>,
  runEngine: RunEngine = runOnEngine,
  parallel = 4,
): Promise<Evaluation[]> {
  const results: Evaluation[] = new Array(pairs.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < pairs.length) {
      const index = next++
      const [entry, engine] = pairs[index]!
      results[index] = await evaluate(entry, engine, runEngine)
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, pairs.length) }, worker))
  return results
}
