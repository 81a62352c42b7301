/**
 * Grading and the end of a quiz: whether an answer is right, each lesson's score, what to review
 * and which lesson to study next. Pure.
 *
 * Next lesson: the first lesson of this session that is not passed (study it again); when all are
 * passed, the first lesson after them in teaching order that is not passed yet, else the first not
 * passed anywhere; null when every lesson is passed.
 */
import type { Progress } from './progress.js'
import { lessonStatus, passMark } from './progress.js'
import type { QuizQuestion } from './questions.js'

export type Answer = { readonly kind: 'order'; readonly order: readonly string[] } | { readonly kind: 'pick'; readonly index: number }

export function isRight(question: QuizQuestion, answer: Answer): boolean {
  if (question.kind === 'order') {
    return answer.kind === 'order' && answer.order.length === question.answer.length && answer.order.every((line, i) => line === question.answer[i])
  }
  return answer.kind === 'pick' && answer.index === question.answer
}

export interface GivenAnswer {
  readonly question: QuizQuestion
  readonly right: boolean
}

export interface LessonResult {
  readonly lesson: string
  /** Questions in the lesson's quiz. */
  readonly total: number
  /** In the order asked; fewer than `total` when the quiz was cut short. */
  readonly answers: readonly GivenAnswer[]
}

export interface LessonScore {
  readonly lesson: string
  readonly right: number
  readonly answered: number
  readonly total: number
  readonly finished: boolean
  readonly passed: boolean
  /** The questions answered wrongly, to review. */
  readonly missed: readonly QuizQuestion[]
}

export interface QuizSummary {
  readonly scores: readonly LessonScore[]
  readonly right: number
  readonly total: number
  /** Lessons of this session to review: not passed, in the order asked. */
  readonly review: readonly string[]
  /** The lesson to study next; null when every lesson is passed. */
  readonly next: string | null
}

export function scoreLesson(result: LessonResult): LessonScore {
  const right = result.answers.filter((a) => a.right).length
  const finished = result.answers.length === result.total
  return {
    lesson: result.lesson,
    right,
    answered: result.answers.length,
    total: result.total,
    finished,
    passed: finished && right >= passMark(result.total),
    missed: result.answers.filter((a) => !a.right).map((a) => a.question),
  }
}

/**
 * @param results this session's lessons, in the order asked
 * @param lessons every lesson id, in teaching order
 * @param progress the saved progress, this session included
 */
export function summarize(results: readonly LessonResult[], lessons: readonly string[], progress: Progress): QuizSummary {
  const scores = results.map(scoreLesson)
  const review = scores.filter((s) => !s.passed).map((s) => s.lesson)
  const passed = (id: string): boolean => scores.find((s) => s.lesson === id)?.passed ?? lessonStatus(progress, id).passed
  let next: string | null = review[0] ?? null
  if (next === null) {
    const last = Math.max(-1, ...scores.map((s) => lessons.indexOf(s.lesson)))
    next = lessons.slice(last + 1).find((id) => !passed(id)) ?? lessons.find((id) => !passed(id)) ?? null
  }
  return {
    scores,
    right: scores.reduce((sum, s) => sum + s.right, 0),
    total: scores.reduce((sum, s) => sum + s.total, 0),
    review,
    next,
  }
}
