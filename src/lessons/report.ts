/**
 * The JSON that `check --json` and `run --json` print (issue 3's shape, plus each line's `kind`):
 *
 *     {"ok": bool, "lessons": [{"id", "engine", "ok", "total": {"actual", "expected"},
 *       "lines": [{"t", "expected_t", "text", "kind", "ok"}],
 *       "headlines": [{"source", "claim", "ok", "actual", "expected", "file", "field"}], "error"}]}
 *
 * Times are seconds rounded to the microsecond; `t` is null for a line the run lacks, `expected_t`
 * null for a line the lesson does not expect; `error` is null or a message in the chosen language.
 * A headline's `source` is its article (null for a lesson's own claim), `claim` is in the chosen
 * language, `actual` is what the run measured for its proof (null when the run lacks it) and
 * `expected` what the proof states; `file` and `field` say where it is declared.
 */
import type { LineKind } from './expected.js'
import type { EngineName, Evaluation } from './evaluate.js'
import type { HeadlineResult } from './headlines.js'

export interface LineReport {
  readonly t: number | null
  readonly expected_t: number | null
  readonly text: string
  readonly kind: LineKind
  readonly ok: boolean
}

export interface HeadlineReport {
  readonly source: string | null
  readonly claim: string
  readonly ok: boolean
  readonly actual: number | null
  readonly expected: number
  /** `lessons/04-gather/lesson.ts` and `headlines[1]`. */
  readonly file: string
  readonly field: string
}

export interface LessonReport {
  readonly id: string
  readonly engine: EngineName
  readonly ok: boolean
  readonly total: { readonly actual: number | null; readonly expected: number } | null
  readonly lines: readonly LineReport[]
  readonly headlines: readonly HeadlineReport[]
  readonly error: string | null
}

export interface Report {
  readonly ok: boolean
  readonly lessons: readonly LessonReport[]
}

const micros = (t: number | null): number | null => (t === null ? null : Math.round(t * 1e6) / 1e6)

function headlineReport(result: HeadlineResult, file: string, lang: 'zh' | 'en'): HeadlineReport {
  return {
    source: result.headline.source ?? null,
    claim: result.headline.claim[lang],
    ok: result.ok,
    actual: micros(result.actual),
    expected: result.expected,
    file,
    field: `headlines[${result.index}]`,
  }
}

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
      headlines: e.headlines.map((h) => headlineReport(h, `${e.entry.display}/lesson.ts`, lang)),
      error: e.error === null ? null : e.error[lang],
    }),
  )
  return { ok: lessons.every((l) => l.ok), lessons }
}
