/**
 * The choices of a time question: the true value among the answers a learner who misunderstands the
 * event loop would give. In order of preference:
 * - `sum`: the sleeps added up, as if every wait ran one after another (the sequential sum);
 * - `longest`: the longest single sleep, as if everything overlapped;
 * - `line`: when another line is printed (nearest first): mistaking which wait a line follows;
 * - `zero`: "nothing really waits";
 * - `more`: the answer plus the shortest sleep (or doubled): one wait too many.
 * For "when is line X printed" only the sleeps begun before X count. Every value is rounded to the
 * millisecond (expected.out's precision), the answer is never repeated, and the choices are sorted.
 */
import { totalTime } from '../lessons/expected.js'
import type { RunFacts } from './facts.js'

export type TimeReason = 'answer' | 'sum' | 'longest' | 'line' | 'zero' | 'more'

export interface TimeChoice {
  readonly t: number
  readonly reason: TimeReason
}

export const MAX_TIME_CHOICES = 4

export function toMillis(t: number): number {
  return Math.round(t * 1000) / 1000
}

/** The index of the stdout line `text` in the run, or -1. */
export function lineIndex(facts: RunFacts, text: string): number {
  return facts.lines.findIndex((line) => line.kind === 'stdout' && line.text === text)
}

/** The true answer: when `line` is printed, or (null) the program's total. NaN when the line is absent. */
export function timeOf(facts: RunFacts, line: string | null): number {
  if (line === null) return toMillis(totalTime(facts.lines))
  const index = lineIndex(facts, line)
  return index < 0 ? Number.NaN : toMillis(facts.lines[index]!.t)
}

export function timeChoices(facts: RunFacts, line: string | null, count = MAX_TIME_CHOICES): TimeChoice[] {
  const answer = timeOf(facts, line)
  const index = line === null ? facts.lines.length : lineIndex(facts, line)
  const sleeps = facts.sleeps.filter((sleep) => sleep.before <= index).map((sleep) => sleep.seconds)
  const candidates: TimeChoice[] = []
  const offer = (t: number, reason: TimeReason): void => {
    candidates.push({ t: toMillis(t), reason })
  }
  if (sleeps.length > 0) {
    offer(sleeps.reduce((a, b) => a + b, 0), 'sum')
    offer(Math.max(...sleeps), 'longest')
  }
  const others = [...new Set(facts.lines.map((l) => toMillis(l.t)))].sort((a, b) => Math.abs(a - answer) - Math.abs(b - answer) || a - b)
  for (const t of others) offer(t, 'line')
  offer(0, 'zero')
  const shortest = sleeps.length > 0 ? Math.min(...sleeps) : 1
  offer(answer + shortest, 'more')
  offer(answer * 2, 'more')
  for (let k = 2; k < count + 1; k++) offer(answer + k * shortest, 'more')

  const chosen: TimeChoice[] = [{ t: answer, reason: 'answer' }]
  for (const candidate of candidates) {
    if (chosen.length >= count) break
    if (Number.isFinite(candidate.t) && candidate.t >= 0 && !chosen.some((c) => c.t === candidate.t)) chosen.push(candidate)
  }
  return chosen.sort((a, b) => a.t - b.t)
}
