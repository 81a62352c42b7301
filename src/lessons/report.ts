/**
 * The JSON that `check --json` and `run --json` print (issue 3's shape, plus each line's `kind`):
 *
 *     {"ok": bool, "lessons": [{"id", "engine", "ok", "total": {"actual", "expected"},
 *       "lines": [{"t", "expected_t", "text", "kind", "ok"}], "error"}]}
 *
 * Times are seconds rounded to the microsecond; `t` is null for a line the run lacks, `expected_t`
 * null for a line the lesson does not expect; `error` is null or a message in the chosen language.
 */
import type { LineKind } from './expected.js'
import type { EngineName, Evaluation } from './evaluate.js'

export interface LineReport {
  readonly t: number | null
  readonly expected_t: number | null
  readonly text: string
  readonly kind: LineKind
  readonly ok: boolean
}

export interface LessonReport {
  readonly id: string
  readonly engine: EngineName
  readonly ok: boolean
  readonly total: { readonly actual: number | null; readonly expected: number } | null
  readonly lines: readonly LineReport[]
  readonly error: string | null
}

export interface Report {
  readonly ok: boolean
  readonly lessons: readonly LessonReport[]
}

const micros = (t: number | null): number | null => (t === null ? null : Math.round(t * 1e6) / 1e6)

export function buildReport(evaluations: readonly Evaluation[], lang: 'zh' | 'en'): Report {
  const lessons = evaluations.map(
    (e): LessonReport => ({
      id: e.entry.id,
      engine: e.engine,
      ok: e.ok,
      total: e.total === null ? null : { actual: micros(e.total.actual), expected: e.total.expected },
      lines: (e.comparison?.lines ?? []).map((line) => ({
        t: micros(line.t),
        expected_t: micros(line.expected_t),
        text: line.text,
        kind: line.kind,
        ok: line.ok,
      })),
      error: e.error === null ? null : e.error[lang],
    }),
  )
  return { ok: lessons.every((l) => l.ok), lessons }
}
