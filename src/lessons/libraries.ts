/**
 * The library when `--lessons <dir>` is given: the lessons of the user's folders, in place of the
 * built-in ones (a teacher's course is numbered from 01 and checked on its own in CI).
 * `--lessons` may be repeated; the folders' lessons are then merged, and two folders may not hold
 * one id or one number (`run 3` would be ambiguous): both lessons of a clash become invalid, each
 * problem naming both folders. Within one folder the loader already reports a shared number.
 */
import { resolve } from 'node:path'
import { loadLibrary, type Library, type LessonEntry } from './loader.js'
import type { LessonProblem } from './problems.js'
import { userModules } from './user.js'

/** How a folder given on the command line is shown: as typed, without a trailing separator. */
export function displayOf(dir: string): string {
  const trimmed = dir.replace(/[\\/]+$/, '')
  return trimmed === '' ? dir : trimmed
}

export async function loadUserLibraries(dirs: readonly string[], options: { readonly programs: boolean }, cwd = process.cwd()): Promise<Library> {
  const modules = await userModules()
  const libraries: Library[] = []
  for (const dir of dirs) libraries.push(await loadLibrary(resolve(cwd, dir), modules, { programs: options.programs, display: displayOf(dir) }))
  return mergeLibraries(libraries)
}

/** The lessons of several folders as one library, in teaching order, with clashes between folders marked. */
export function mergeLibraries(libraries: readonly Library[]): Library {
  const tagged = libraries.flatMap((library, source) => library.entries.map((entry) => ({ entry, source })))
  const entries = tagged.map(({ entry, source }) => {
    const twins = tagged.filter((other) => other.source !== source && (other.entry.id === entry.id || other.entry.number === entry.number))
    if (twins.length === 0) return entry
    const problems: LessonProblem[] = twins.map(({ entry: twin }) => {
      const sameId = twin.id === entry.id
      return {
        lesson: entry.id,
        file: entry.display,
        message: {
          en: `has the same ${sameId ? 'id' : 'number'} as ${twin.display}`,
          zh: `与 ${twin.display} 的${sameId ? ' id ' : '编号'}相同`,
        },
      }
    })
    return { ...entry, lesson: null, problems: [...entry.problems, ...problems] } satisfies LessonEntry
  })
  entries.sort((a, b) => a.number - b.number || a.id.localeCompare(b.id) || a.display.localeCompare(b.display))
  return {
    root: libraries[0]?.root ?? '',
    entries,
    problems: libraries.flatMap((library) => library.problems),
  }
}
