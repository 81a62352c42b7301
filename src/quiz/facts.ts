/**
 * What the quiz needs from one run: the timed lines a lesson states (the evidence, and the source of
 * every order and time answer) and the sleeps the tasks waited on (the source of the classic wrong
 * answers: "the waits add up", "it takes as long as the longest wait").
 *
 * Invariant: `lines` is exactly `traceLines(trace)`, and a sleep's `before` counts the lines written
 * before the task started waiting on it, so "the sleeps before line i" is `before <= i`.
 */
import { traceLines, type TimedLine } from '../lessons/expected.js'
import { runProgram, type Program } from '../scheduler/program.js'
import type { Trace } from '../scheduler/trace.js'

export interface Sleep {
  readonly seconds: number
  /** How many lines had been written when the task began this sleep. */
  readonly before: number
}

export interface RunFacts {
  readonly lines: readonly TimedLine[]
  readonly sleeps: readonly Sleep[]
}

const SLEEP = /^sleep\(([0-9.e+-]+)\)$/

export function runFacts(trace: Trace): RunFacts {
  const sleeps: Sleep[] = []
  let written = 0
  for (const event of trace.events) {
    if (event.kind === 'output' || event.kind === 'warning' || event.kind === 'log') {
      // traceLines turns each of these events into exactly one line.
      written++
      continue
    }
    if (event.kind !== 'task') continue
    if (event.event !== 'suspended' || event.detail === undefined) continue
    const match = SLEEP.exec(event.detail)
    const seconds = match === null ? Number.NaN : Number(match[1])
    if (Number.isFinite(seconds) && seconds > 0) sleeps.push({ seconds, before: written })
  }
  return { lines: traceLines(trace), sleeps }
}

/** Runs a model on the embedded scheduler (pure: a fresh world on a virtual clock). */
export function runModel(program: Program): RunFacts {
  return runFacts(runProgram(program))
}
