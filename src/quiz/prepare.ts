/**
 * From a loaded lesson to its questions: run the model and each variant on the embedded scheduler,
 * and generate the questions from those runs.
 *
 * The lesson's own run must be what expected.out states (which `check` proves CPython does too);
 * otherwise the lesson is broken and no question is asked from it. Problems are returned, never
 * thrown. A JavaScript error in a variant's model is one of those problems; in the lesson's own model
 * it propagates, as it would in `run` (check reports it).
 */
import { compareLines } from '../lessons/compare.js'
import type { Lesson } from '../lessons/loader.js'
import type { LessonProblem } from '../lessons/problems.js'
import { diffHunks } from './diff.js'
import { runModel } from './facts.js'
import { generateQuiz, type PreparedVariant, type QuizQuestion } from './questions.js'
import { applyEdits, validateVariants } from './variants.js'

export interface PreparedQuiz {
  readonly questions: readonly QuizQuestion[]
  readonly problems: readonly LessonProblem[]
}

export function prepareQuiz(lesson: Lesson): PreparedQuiz {
  const files = { lesson: `${lesson.display}/lesson.ts`, variants: `${lesson.display}/variants.ts`, model: `${lesson.display}/model.ts` }
  if (lesson.program === null) throw new Error(`${lesson.id} was loaded without its model`)
  const run = runModel(lesson.program)
  const comparison = compareLines(lesson.expected, run.lines)
  if (!comparison.ok) {
    return {
      questions: [],
      problems: [
        {
          lesson: lesson.id,
          file: files.model,
          message: {
            en: `does not produce expected.out on the embedded scheduler (run "asyncio-lessons check ${lesson.number}" to see the difference)`,
            zh: `在内置调度器上的输出与 expected.out 不符（运行 "asyncio-lessons check ${lesson.number}" 查看差异）`,
          },
        },
      ],
    }
  }
  const validated = validateVariants(lesson.variants, lesson.id, files.variants, lesson.source)
  if (validated.problems.length > 0) return { questions: [], problems: validated.problems }
  const variants: PreparedVariant[] = []
  const failed: LessonProblem[] = []
  validated.variants.forEach((definition, i) => {
    const applied = applyEdits(lesson.source, definition.edits)
    const source = 'source' in applied ? applied.source : lesson.source
    try {
      variants.push({ definition, run: runModel(definition.program), diff: diffHunks(lesson.source, source) })
    } catch (error) {
      // A JavaScript error in a variant's model is a bug in the lesson, reported like its other problems.
      const reason = error instanceof Error ? error.message : String(error)
      failed.push({
        lesson: lesson.id,
        file: files.variants,
        field: `variants[${i}].program`,
        message: { en: `fails with a JavaScript error: ${reason}`, zh: `运行时出现 JavaScript 错误：${reason}` },
      })
    }
  })
  if (failed.length > 0) return { questions: [], problems: failed }
  const generated = generateQuiz({ lesson: lesson.id, definition: lesson.definition, run, variants, files })
  return generated.problems.length > 0 ? { questions: [], problems: generated.problems } : generated
}
