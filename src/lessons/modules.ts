/**
 * Where a lesson's TypeScript modules (`lesson.ts`, `model.ts`) come from. Two sources:
 *
 * - imported: each module is `import()`ed from its file. Under tsx or vitest (development, tests)
 *   TypeScript loads as is. This is also the seam for `--lessons <dir>`: registering tsx's loader
 *   (`tsx/esm/api`) before these imports lets the installed bin load a teacher's folder at run time.
 * - bundled: the built-in lessons compiled into the bin at build time (scripts/build-bin.ts), so
 *   the published bin needs no TypeScript loader and starts fast.
 *
 * A module that is missing or fails to load is a problem for its file, never a throw.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { LessonProblem } from './problems.js'

export type ModuleNamespace = Readonly<Record<string, unknown>>

export type LessonFile = 'lesson.ts' | 'model.ts'

export interface LoadedModule {
  readonly module: ModuleNamespace | null
  readonly problems: LessonProblem[]
}

export interface LessonModules {
  /**
   * One module of the lesson folder `folder` at `dir`; `display` is the folder as the user sees it.
   * model.ts is asked for only by commands that run programs, so `list` never loads the scheduler.
   */
  load(file: LessonFile, folder: string, dir: string, display: string): Promise<LoadedModule>
}

export function failure(folder: string, display: string, file: string, error: unknown): LessonProblem {
  const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error)
  return {
    lesson: folder,
    file: `${display}/${file}`,
    message: { en: `cannot be loaded: ${reason}`, zh: `无法加载：${reason}` },
  }
}

export function importedModules(): LessonModules {
  return {
    async load(file, folder, dir, display) {
      try {
        return { module: (await import(pathToFileURL(join(dir, file)).href)) as ModuleNamespace, problems: [] }
      } catch (error) {
        return { module: null, problems: [failure(folder, display, file, error)] }
      }
    },
  }
}

export interface BundledLesson {
  readonly lesson: ModuleNamespace
  /** Deferred, so that the scheduler initialises only when a program runs. */
  readonly model: () => Promise<ModuleNamespace>
}

export function bundledModules(table: Readonly<Record<string, BundledLesson>>): LessonModules {
  return {
    async load(file, folder, _dir, display) {
      const entry = table[folder]
      if (entry !== undefined) return { module: file === 'lesson.ts' ? entry.lesson : await entry.model(), problems: [] }
      const problem: LessonProblem = {
        lesson: folder,
        file: display,
        message: {
          en: 'is not compiled into this build of asyncio-lessons (run `npm run build`)',
          zh: '未编译进当前版本的 asyncio-lessons（请运行 `npm run build`）',
        },
      }
      return { module: null, problems: [problem] }
    },
  }
}
