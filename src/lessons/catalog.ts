/**
 * The catalog: what `list` and the menu show of each lesson (number, id, title, topics, program
 * total, whether it is playable), and nothing else. Built from a loaded library, or, for the
 * built-in lessons in the bin, computed once at build time (scripts/build-bin.ts), so that `list`
 * reads no explanation, no main.py, no expected.out and validates nothing at start-up.
 *
 * Invariant: a catalog made at build time lists only valid lessons and no folder problems, because
 * the build fails on any problem; `check` still validates everything at run time.
 */
import type { Bilingual } from '../errors.js'
import type { Library } from './loader.js'
import type { LessonProblem } from './problems.js'

export interface CatalogEntry {
  readonly number: number
  readonly id: string
  readonly slug: string
  /** Null for an invalid lesson (`check` says why). */
  readonly title: Bilingual | null
  readonly topics: readonly string[]
  readonly total: number | null
  readonly valid: boolean
}

export interface Catalog {
  /** In teaching order (by number). */
  readonly entries: readonly CatalogEntry[]
  /** Problems of the lessons folder as a whole (a folder not named NN-slug). */
  readonly problems: readonly LessonProblem[]
}

export function catalogOf(library: Library): Catalog {
  return {
    entries: library.entries.map((entry) => {
      const definition = entry.lesson?.definition
      return {
        number: entry.number,
        id: entry.id,
        slug: entry.slug,
        title: definition?.title ?? null,
        topics: definition?.topics ?? [],
        total: definition?.total ?? null,
        valid: entry.lesson !== null,
      }
    }),
    problems: library.problems,
  }
}
