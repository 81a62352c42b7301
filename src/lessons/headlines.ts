/**
 * Headlines: the articles' results a lesson reproduces, verified against a run. Each headline's
 * proof names one number the run determines (a line's time, the span between two lines, the total,
 * when the run ended with an outcome); a headline holds when the run's number is the proof's within
 * 1 ms. The same measure checks expected.out at load time (quiz.ts) and each engine's trace in
 * `check` and `run` (evaluate.ts), so a headline can only be shown as true when a run made it so.
 *
 * Lines are matched as quiz questions match them: stdout lines by exact text, the first occurrence
 * (validation makes sure expected.out has each named line exactly once).
 */
import type { Bilingual } from '../errors.js'
import { sameTime } from './compare.js'
import type { Headline, Proof } from './define.js'
import { totalTime, type TimedLine } from './expected.js'
import { figure } from '../ui/seconds.js'
import { bilingual } from '../ui/i18n.js'
import type { MessageKey } from '../ui/messages/en.js'

export interface HeadlineResult {
  readonly headline: Headline
  /** Its index in the lesson's `headlines`, for `headlines[i]` in messages. */
  readonly index: number
  readonly ok: boolean
  /** The number the proof states (seconds). */
  readonly expected: number
  /** The number the run shows (seconds); null when the run lacks what the proof measures. */
  readonly actual: number | null
}

/** The number a proof states. */
export function provenValue(proof: Proof): number {
  if ('total' in proof) return proof.total
  if ('seconds' in proof) return proof.seconds
  return proof.at
}

/** The stdout lines a proof names. */
export function provenLines(proof: Proof): string[] {
  if ('line' in proof) return [proof.line]
  if ('from' in proof) return [proof.from, proof.to]
  return []
}

function timeOf(lines: readonly TimedLine[], text: string): number | null {
  return lines.find((line) => line.kind === 'stdout' && line.text === text)?.t ?? null
}

/** The number a run shows for what a proof measures; null when the run lacks it. */
export function measure(proof: Proof, lines: readonly TimedLine[]): number | null {
  if ('total' in proof) return totalTime(lines)
  if ('line' in proof) return timeOf(lines, proof.line)
  if ('from' in proof) {
    const from = timeOf(lines, proof.from)
    const to = timeOf(lines, proof.to)
    return from === null || to === null ? null : to - from
  }
  const last = lines[lines.length - 1]
  return last !== undefined && last.kind === proof.ends ? last.t : null
}

export function verifyHeadlines(headlines: readonly Headline[], lines: readonly TimedLine[]): HeadlineResult[] {
  return headlines.map((headline, index) => {
    const expected = provenValue(headline.proof)
    const actual = measure(headline.proof, lines)
    return { headline, index, ok: actual !== null && sameTime(actual, expected), expected, actual }
  })
}

/** A proof's outcome, as the headline messages name it (`a deadlock`). */
const OUTCOME = {
  deadlock: 'headline.outcome.deadlock',
  exception: 'headline.outcome.exception',
  runaway: 'headline.outcome.runaway',
} as const satisfies Record<'deadlock' | 'exception' | 'runaway', MessageKey>

/** What a proof says, for a reader: `"hello" at 2s`, `from "a" to "b": 3s`. */
export function describeProof(proof: Proof): Bilingual {
  if ('total' in proof) return bilingual('headline.proof.total', { figure: figure(proof.total) })
  if ('line' in proof) return bilingual('headline.proof.line', { line: proof.line, figure: figure(proof.at) })
  if ('from' in proof) return bilingual('headline.proof.span', { from: proof.from, to: proof.to, figure: figure(proof.seconds) })
  return bilingual('headline.proof.ends', { outcome: bilingual(OUTCOME[proof.ends]), figure: figure(proof.at) })
}

/** What a run showed instead, for a failed headline: `the run shows 2.5s`, `the run lacks a line it names`. */
export function describeActual(result: HeadlineResult): Bilingual {
  if (result.actual !== null) return bilingual('headline.actual.shows', { figure: figure(result.actual) })
  const { proof } = result.headline
  return 'ends' in proof ? bilingual('headline.actual.notEnding', { outcome: bilingual(OUTCOME[proof.ends]) }) : bilingual('headline.actual.lacksLine')
}
