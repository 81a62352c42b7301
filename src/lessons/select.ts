/**
 * Naming lessons on the command line: by number (`3`, `03`), id (`03-create-task`) or slug
 * (`create-task`). An unknown name is a usage error that names it and suggests the closest id.
 */
import { UsageError } from '../errors.js'
import type { LessonEntry } from './loader.js'

function matches(entry: LessonEntry, name: string): boolean {
  if (/^\d+$/.test(name)) return Number(name) === entry.number
  const lower = name.toLowerCase()
  return lower === entry.id || lower === entry.slug
}

/** Edit distance, for suggestions. */
export function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

/** The entry whose id or slug is nearest to `name`, if any is reasonably near. */
export function closest(entries: readonly LessonEntry[], name: string): LessonEntry | null {
  const lower = name.toLowerCase()
  let best: LessonEntry | null = null
  let bestDistance = Infinity
  for (const entry of entries) {
    const d = Math.min(distance(lower, entry.id), distance(lower, entry.slug))
    if (d < bestDistance) {
      best = entry
      bestDistance = d
    }
  }
  const limit = Math.max(2, Math.floor(lower.length / 2))
  return bestDistance <= limit ? best : null
}

function unknown(entries: readonly LessonEntry[], name: string): UsageError {
  const near = closest(entries, name)
  const ids = entries.map((e) => e.id).join(', ')
  if (near !== null) {
    return new UsageError({
      en: `Unknown lesson "${name}". Did you mean "${near.id}"?`,
      zh: `没有名为 "${name}" 的课程。你是不是想找 "${near.id}"？`,
    })
  }
  return new UsageError({ en: `Unknown lesson "${name}". Lessons: ${ids}`, zh: `没有名为 "${name}" 的课程。现有课程：${ids}` })
}

/** The named entries in the order given (duplicates once), or every entry when no name is given. */
export function selectLessons(entries: readonly LessonEntry[], names: readonly string[]): LessonEntry[] {
  if (names.length === 0) return [...entries]
  const chosen: LessonEntry[] = []
  for (const name of names) {
    const entry = entries.find((e) => matches(e, name))
    if (entry === undefined) throw unknown(entries, name)
    if (!chosen.includes(entry)) chosen.push(entry)
  }
  return chosen
}
