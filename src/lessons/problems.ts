/**
 * What can be wrong with a lesson folder, said precisely enough to fix: the lesson, the file, the
 * field (`quiz[1].lines[0]`, `line 4`) and the message in both languages. Loading and validating
 * collect problems instead of throwing, so one bad lesson never hides the others.
 */
import { AppError, type Bilingual } from '../errors.js'

export interface LessonProblem {
  /** The lesson folder's name (`03-create-task`). */
  readonly lesson: string
  /** The file, as shown to the user (`lessons/03-create-task/lesson.ts`). */
  readonly file: string
  /** Where in the file, when it is more precise than the file. */
  readonly field?: string
  readonly message: Bilingual
}

export function problemText(problem: LessonProblem): Bilingual {
  const where = problem.field === undefined ? problem.file : `${problem.file}: ${problem.field}`
  return { en: `${where}: ${problem.message.en}`, zh: `${where}：${problem.message.zh}` }
}

/** A lesson that cannot be played or checked until its files are fixed. */
export class InvalidLessonError extends AppError {
  readonly exitCode = 1
  constructor(readonly problems: readonly LessonProblem[]) {
    const texts = problems.map(problemText)
    const lesson = problems[0]?.lesson ?? '?'
    super({
      en: [`Lesson ${lesson} is invalid:`, ...texts.map((t) => `  ${t.en}`)].join('\n'),
      zh: [`课程 ${lesson} 有错误：`, ...texts.map((t) => `  ${t.zh}`)].join('\n'),
    })
  }
}
