/**
 * Variants: a lesson's program with one change ("task2 is no longer a task", "the timeout is 0.5 s"),
 * asked about in the quiz ("with this change, how long does it take?").
 *
 * A lesson declares its variants in `variants.ts` beside its model, and its `model.ts` re-exports
 * them (`export { default as variants } from './variants.js'`), so the bin's build bundles them with
 * the model and `list`/`show` never load them. Each variant states:
 * - `change`: the change in one line, in both languages;
 * - `edits`: the change as text replacements on main.py, so the learner sees the changed lines and
 *   the variant is a real Python program (the tests run it on CPython against the model);
 * - `program`: the variant's model on the embedded scheduler; its run is the only source of the
 *   answers, which are never typed in;
 * - `quiz`: order and time questions about the variant's run, named exactly as in lesson.ts.
 *
 * Validation never throws: a teacher's variants are loaded without type-checking.
 */
import type { Bilingual } from '../errors.js'
import type { OrderQuestion, TimeQuestion } from '../lessons/define.js'
import type { LessonProblem } from '../lessons/problems.js'
import type { Program } from '../scheduler/program.js'

/** Replace the one occurrence of `replace` in main.py with `with` (`''` deletes it). */
export interface VariantEdit {
  readonly replace: string
  readonly with: string
}

export type VariantQuestion = OrderQuestion | TimeQuestion

export interface VariantDefinition {
  /** A slug, unique in the lesson (`await-directly`). */
  readonly id: string
  /** The change, in one line. */
  readonly change: Bilingual
  readonly edits: readonly VariantEdit[]
  readonly program: Program
  /** At least one question; answers come from running `program`. */
  readonly quiz: readonly VariantQuestion[]
}

/** Declares a lesson's variants. Returns its argument: the function exists for the types. */
export function defineVariants<const T extends readonly VariantDefinition[]>(variants: T): T {
  return variants
}

/** main.py with the variant's edits applied, or the problem with the first edit that does not apply. */
export function applyEdits(source: string, edits: readonly VariantEdit[]): { source: string } | { problem: Bilingual; edit: number } {
  let text = source
  for (const [i, edit] of edits.entries()) {
    const first = text.indexOf(edit.replace)
    if (first < 0) {
      return { edit: i, problem: { en: 'is not found in main.py', zh: '在 main.py 中找不到' } }
    }
    if (text.indexOf(edit.replace, first + 1) >= 0) {
      return { edit: i, problem: { en: 'occurs more than once in main.py: make it longer', zh: '在 main.py 中出现了不止一次，请写得更长一些' } }
    }
    text = text.slice(0, first) + edit.with + text.slice(first + edit.replace.length)
  }
  return { source: text }
}

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

function isBilingual(value: unknown): value is Bilingual {
  return isObject(value) && isText(value.zh) && isText(value.en)
}

export interface ValidatedVariants {
  readonly variants: readonly VariantDefinition[]
  readonly problems: readonly LessonProblem[]
}

/**
 * Checks model.ts's `variants` export (undefined: the lesson has none) against main.py's text.
 * Whether each question's lines appear in the variant's run is checked once it has run (generate.ts).
 */
export function validateVariants(value: unknown, lesson: string, file: string, mainPy: string): ValidatedVariants {
  const problems: LessonProblem[] = []
  const fail = (field: string, en: string, zh: string): void => {
    problems.push({ lesson, file, field, message: { en, zh } })
  }
  if (value === undefined) return { variants: [], problems }
  if (!Array.isArray(value)) {
    fail('variants', 'should be defineVariants([ ... ])', '应为 defineVariants([ ... ])')
    return { variants: [], problems }
  }
  const seen = new Set<string>()
  value.forEach((variant: unknown, i) => {
    const at = `variants[${i}]`
    if (!isObject(variant)) return fail(at, 'should be a variant object', '应为变体对象')
    if (!isText(variant.id) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(variant.id)) {
      fail(`${at}.id`, 'should be a slug such as await-directly', '应为 await-directly 这样的简称')
    } else if (seen.has(variant.id)) fail(`${at}.id`, `"${variant.id}" is used twice`, `"${variant.id}" 重复了`)
    else seen.add(variant.id)
    if (!isBilingual(variant.change)) fail(`${at}.change`, 'should be { zh: "...", en: "..." }', '应为 { zh: "...", en: "..." }')
    if (typeof variant.program !== 'function') fail(`${at}.program`, 'should be program(function* () { ... })', '应为 program(function* () { ... })')
    const edits = variant.edits
    if (!Array.isArray(edits) || edits.length === 0 || !edits.every((e) => isObject(e) && isText(e.replace) && typeof e.with === 'string')) {
      fail(`${at}.edits`, 'should be a non-empty list of { replace: "...", with: "..." }', '应为非空列表，每项为 { replace: "...", with: "..." }')
    } else {
      const applied = applyEdits(mainPy, edits as VariantEdit[])
      if ('problem' in applied) fail(`${at}.edits[${applied.edit}].replace`, applied.problem.en, applied.problem.zh)
    }
    const quiz = variant.quiz
    if (!Array.isArray(quiz) || quiz.length === 0) {
      fail(`${at}.quiz`, 'should be a list of at least one order or time question', '应为至少一道 order 或 time 题的列表')
      return
    }
    quiz.forEach((question: unknown, j) => {
      const q = `${at}.quiz[${j}]`
      if (!isObject(question) || (question.kind !== 'order' && question.kind !== 'time')) {
        return fail(q, 'should be an "order" or "time" question (a variant\'s answers come from its run)', '应为 "order" 或 "time" 题（变体的答案来自它的运行结果）')
      }
      if (!isBilingual(question.prompt)) fail(`${q}.prompt`, 'should be { zh: "...", en: "..." }', '应为 { zh: "...", en: "..." }')
      if (question.kind === 'order' && (!Array.isArray(question.lines) || question.lines.length < 2 || !question.lines.every(isText))) {
        fail(`${q}.lines`, 'should be a list of at least 2 output lines', '应为至少 2 行输出的列表')
      }
      if (question.kind === 'time' && question.line !== undefined && !isText(question.line)) {
        fail(`${q}.line`, 'should be a non-empty string', '应为非空字符串')
      }
    })
  })
  return { variants: problems.length === 0 ? (value as VariantDefinition[]) : [], problems }
}
