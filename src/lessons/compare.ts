/**
 * Comparing a run with what a lesson claims: the same lines (kind and text), in the same order,
 * each at its expected virtual time within 1 ms.
 *
 * Lines are aligned by a longest common subsequence on (kind, text), so one missing or extra line
 * shows as exactly that, not as every later line differing. A result holds every expected line and
 * every actual line once, in order: matched pairs (ok when the times agree), lines only expected
 * (missing from the run) and lines only in the run (unexpected).
 */
import type { LineKind, TimedLine } from './expected.js'

/** How far apart an actual and an expected time may be: 1 ms (expected.out keeps three decimals). */
export const TIME_TOLERANCE = 0.001

export interface LineResult {
  /** When the run produced it; null when the run lacks the line. */
  readonly t: number | null
  /** When the lesson says it happens; null when the lesson does not have the line. */
  readonly expected_t: number | null
  readonly kind: LineKind
  readonly text: string
  readonly ok: boolean
}

export interface Comparison {
  readonly ok: boolean
  readonly lines: readonly LineResult[]
}

export function sameTime(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= TIME_TOLERANCE + 1e-9
}

function sameLine(a: TimedLine, b: TimedLine): boolean {
  return a.kind === b.kind && a.text === b.text
}

export function compareLines(expected: readonly TimedLine[], actual: readonly TimedLine[]): Comparison {
  const n = expected.length
  const m = actual.length
  // common[i][j]: length of the longest common subsequence of expected[i..] and actual[j..].
  const common = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      common[i]![j] = sameLine(expected[i]!, actual[j]!)
        ? common[i + 1]![j + 1]! + 1
        : Math.max(common[i + 1]![j]!, common[i]![j + 1]!)
    }
  }
  const lines: LineResult[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    const e = expected[i]
    const a = actual[j]
    if (e !== undefined && a !== undefined && sameLine(e, a)) {
      lines.push({ t: a.t, expected_t: e.t, kind: e.kind, text: e.text, ok: sameTime(a.t, e.t) })
      i++
      j++
    } else if (a === undefined || (e !== undefined && common[i + 1]![j]! >= common[i]![j + 1]!)) {
      lines.push({ t: null, expected_t: e!.t, kind: e!.kind, text: e!.text, ok: false })
      i++
    } else {
      lines.push({ t: a.t, expected_t: null, kind: a.kind, text: a.text, ok: false })
      j++
    }
  }
  return { ok: lines.every((line) => line.ok), lines }
}
