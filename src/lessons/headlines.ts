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

/** `2s`, `0.6s`: a figure as the articles state it. */
export function figure(t: number): string {
  return `${Number(t.toFixed(3))}s`
}

const OUTCOME: Record<'deadlock' | 'exception' | 'runaway', Bilingual> = {
  deadlock: { en: 'a deadlock', zh: '死锁' },
  exception: { en: 'an uncaught exception', zh: '未捕获的异常' },
  runaway: { en: 'a runaway loop', zh: '失控的循环' },
}

/** What a proof says, for a reader: `"hello" at 2s`, `from "a" to "b": 3s`. */
export function describeProof(proof: Proof): Bilingual {
  if ('total' in proof) return { en: `total ${figure(proof.total)}`, zh: `总时长 ${figure(proof.total)}` }
  if ('line' in proof) return { en: `"${proof.line}" at ${figure(proof.at)}`, zh: `"${proof.line}" 在 ${figure(proof.at)} 打印` }
  if ('from' in proof) {
    return {
      en: `from "${proof.from}" to "${proof.to}": ${figure(proof.seconds)}`,
      zh: `从 "${proof.from}" 到 "${proof.to}"：${figure(proof.seconds)}`,
    }
  }
  return { en: `ends with ${OUTCOME[proof.ends].en} at ${figure(proof.at)}`, zh: `在 ${figure(proof.at)} 以${OUTCOME[proof.ends].zh}结束` }
}

/** What a run showed instead, for a failed headline: `the run shows 2.5s`, `the run lacks it`. */
export function describeActual(result: HeadlineResult): Bilingual {
  if (result.actual !== null) return { en: `the run shows ${figure(result.actual)}`, zh: `运行结果为 ${figure(result.actual)}` }
  return 'ends' in result.headline.proof
    ? { en: `the run does not end with ${OUTCOME[result.headline.proof.ends].en}`, zh: `运行并未以${OUTCOME[result.headline.proof.ends].zh}结束` }
    : { en: 'the run lacks a line it names', zh: '运行结果中缺少它提到的行' }
}
