/**
 * Loading a folder of lessons (`lessons/NN-slug/`) into typed, validated lessons.
 *
 * Every problem (a missing file, a malformed expected.out line, a bad field in lesson.ts, a quiz
 * answer that cannot be computed, two lessons with one number) is collected with its file and field;
 * loading never throws for a lesson's content. An entry is playable when its `lesson` is set, which
 * happens only when it has no problems.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { UsageError, type Bilingual } from '../errors.js'
import type { Program } from '../scheduler/program.js'
import type { LessonDefinition } from './define.js'
import { parseExpected, type TimedLine } from './expected.js'
import type { LessonModules } from './modules.js'
import type { LessonProblem } from './problems.js'
import { answerProblems } from './quiz.js'
import { validateDefinition } from './validate.js'

export const LESSON_FILES = ['main.py', 'model.ts', 'expected.out', 'lesson.ts', 'explain.zh.md', 'explain.en.md'] as const

/** `NN-slug`: a two- or three-digit number, then a lowercase slug. */
const FOLDER = /^(\d{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)$/

export interface Lesson {
  /** The folder name, `03-create-task`. */
  readonly id: string
  readonly number: number
  readonly slug: string
  /** The folder on disk. */
  readonly dir: string
  /** The folder as the user sees it (`lessons/03-create-task`). */
  readonly display: string
  readonly definition: LessonDefinition
  /** The model's module body (model.ts's default export); null when loaded without programs. */
  readonly program: Program | null
  /** model.ts's `variants` export, unchecked (src/quiz/variants.ts validates it); undefined without one or without programs. */
  readonly variants?: unknown
  /** main.py's text. */
  readonly source: string
  readonly mainPath: string
  readonly expected: readonly TimedLine[]
  /** explain.zh.md and explain.en.md (Markdown). */
  readonly explanation: Bilingual
}

export interface LessonEntry {
  readonly id: string
  readonly number: number
  readonly slug: string
  readonly display: string
  /** Set exactly when `problems` is empty. */
  readonly lesson: Lesson | null
  readonly problems: readonly LessonProblem[]
}

export interface Library {
  readonly root: string
  /** In teaching order (by number). */
  readonly entries: readonly LessonEntry[]
  /** Problems of the folder as a whole: a folder not named NN-slug. */
  readonly problems: readonly LessonProblem[]
}

function read(path: string): string {
  return readFileSync(path, 'utf8')
}

export interface LoadOptions {
  /** Load and check each model.ts too (run, check); list and show do without. */
  readonly programs: boolean
  /** How paths are shown; default: the root's own name, so built-in lessons read `lessons/03-create-task/lesson.ts`. */
  readonly display?: string
}

async function loadEntry(folder: string, dir: string, display: string, modules: LessonModules, programs: boolean): Promise<LessonEntry> {
  const [, digits, slug] = FOLDER.exec(folder)!
  const number = Number(digits)
  const problems: LessonProblem[] = []
  const file = (name: string): string => `${display}/${name}`
  const fail = (name: string, field: string | undefined, message: Bilingual): void => {
    problems.push({ lesson: folder, file: file(name), ...(field === undefined ? {} : { field }), message })
  }
  const entry = (lesson: Lesson | null): LessonEntry => ({ id: folder, number, slug: slug!, display, lesson, problems })

  for (const name of LESSON_FILES) {
    if (!existsSync(join(dir, name))) fail(name, undefined, { en: 'is missing', zh: '缺失' })
  }
  if (problems.length > 0) return entry(null)

  const parsed = parseExpected(read(join(dir, 'expected.out')))
  for (const problem of parsed.problems) fail('expected.out', `line ${problem.line}`, problem.message)
  const explanation = { zh: read(join(dir, 'explain.zh.md')), en: read(join(dir, 'explain.en.md')) }
  for (const lang of ['zh', 'en'] as const) {
    if (explanation[lang].trim() === '') fail(`explain.${lang}.md`, undefined, { en: 'is empty', zh: '内容为空' })
  }

  const lessonModule = await modules.load('lesson.ts', folder, dir, display)
  problems.push(...lessonModule.problems)
  let definition: LessonDefinition | null = null
  if (lessonModule.module !== null) {
    const validated = validateDefinition(lessonModule.module.default, folder, file('lesson.ts'))
    problems.push(...validated.problems)
    definition = validated.definition
  }
  let program: Program | null = null
  let variants: unknown
  if (programs) {
    const modelModule = await modules.load('model.ts', folder, dir, display)
    problems.push(...modelModule.problems)
    variants = modelModule.module?.variants
    const value = modelModule.module?.default
    if (typeof value === 'function') program = value as Program
    else if (modelModule.module !== null) {
      fail('model.ts', 'default export', { en: 'should be program(function* () { ... })', zh: '应为 program(function* () { ... })' })
    }
  }
  if (definition !== null && parsed.problems.length === 0) {
    problems.push(...answerProblems(definition, parsed.lines, folder, { lesson: file('lesson.ts'), expected: 'expected.out' }))
  }
  if (problems.length > 0 || definition === null) return entry(null)

  return entry({
    id: folder,
    number,
    slug: slug!,
    dir,
    display,
    definition,
    program,
    variants,
    source: read(join(dir, 'main.py')),
    mainPath: join(dir, 'main.py'),
    expected: parsed.lines,
    explanation,
  })
}

/** Loads every lesson folder under `root`. */
export async function loadLibrary(root: string, modules: LessonModules, options: LoadOptions): Promise<Library> {
  const display = options.display ?? basename(root)
  if (!existsSync(root)) {
    throw new UsageError({ en: `No lessons folder at ${root}`, zh: `找不到课程文件夹：${root}` })
  }
  const problems: LessonProblem[] = []
  const folders: string[] = []
  for (const item of readdirSync(root, { withFileTypes: true })) {
    if (!item.isDirectory() || item.name.startsWith('.')) continue
    if (FOLDER.test(item.name)) folders.push(item.name)
    else {
      problems.push({
        lesson: item.name,
        file: `${display}/${item.name}`,
        message: { en: 'a lesson folder is named NN-slug, like 03-create-task', zh: '课程文件夹应命名为 NN-slug，例如 03-create-task' },
      })
    }
  }
  folders.sort()
  const entries: LessonEntry[] = []
  for (const folder of folders) entries.push(await loadEntry(folder, join(root, folder), `${display}/${folder}`, modules, options.programs))
  entries.sort((a, b) => a.number - b.number || a.id.localeCompare(b.id))
  return { root, entries: withDuplicateNumbers(entries), problems }
}

/** Two folders with one number make `run 3` ambiguous: both become invalid. */
function withDuplicateNumbers(entries: LessonEntry[]): LessonEntry[] {
  return entries.map((entry) => {
    const twins = entries.filter((other) => other.number === entry.number && other.id !== entry.id)
    if (twins.length === 0) return entry
    const problem: LessonProblem = {
      lesson: entry.id,
      file: entry.display,
      message: {
        en: `has the same number as ${twins.map((t) => t.id).join(', ')}`,
        zh: `与 ${twins.map((t) => t.id).join('、')} 编号相同`,
      },
    }
    return { ...entry, lesson: null, problems: [...entry.problems, problem] }
  })
}
