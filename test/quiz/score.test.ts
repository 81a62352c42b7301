import { describe, expect, test } from 'vitest'
import { emptyProgress, finishAttempt, recordAnswer, type Progress } from '../../src/quiz/progress.js'
import type { ChoiceQuiz, OrderQuiz, QuizQuestion, TimeQuiz } from '../../src/quiz/questions.js'
import { isRight, scoreLesson, summarize, type LessonResult } from '../../src/quiz/score.js'

const base = { prompt: { zh: '问', en: 'Q' }, variant: null, evidence: [], focus: [] }
const ORDER: OrderQuiz = { ...base, key: 'q1', kind: 'order', items: ['b', 'a', 'c'], answer: ['a', 'b', 'c'] }
const TIME: TimeQuiz = {
  ...base,
  key: 'q2',
  kind: 'time',
  line: null,
  choices: [
    { t: 1, reason: 'longest' },
    { t: 2, reason: 'answer' },
  ],
  answer: 1,
}
const CHOICE: ChoiceQuiz = { ...base, key: 'q3', kind: 'choice', choices: [{ zh: '甲', en: 'A' }, { zh: '乙', en: 'B' }], answer: 0, why: { zh: '因', en: 'why' } }
const LESSONS = ['01-a', '02-b', '03-c', '04-d']

function result(lesson: string, rights: readonly boolean[], total = rights.length): LessonResult {
  const questions: QuizQuestion[] = [ORDER, TIME, CHOICE, ORDER, TIME]
  return { lesson, total, answers: rights.map((right, i) => ({ question: questions[i]!, right })) }
}

function passed(...lessons: string[]): Progress {
  return lessons.reduce((p, lesson) => {
    const answered = recordAnswer(p, { lesson, attempt: 'x', total: 1, key: 'q1', right: true, at: 't' })
    return finishAttempt(answered, lesson, 'x', 't')
  }, emptyProgress())
}

describe('grading an answer', () => {
  test('an order is right only in exactly the printed order', () => {
    expect(isRight(ORDER, { kind: 'order', order: ['a', 'b', 'c'] })).toBe(true)
    expect(isRight(ORDER, { kind: 'order', order: ['b', 'a', 'c'] })).toBe(false)
    expect(isRight(ORDER, { kind: 'order', order: ['a', 'b'] })).toBe(false)
    expect(isRight(ORDER, { kind: 'pick', index: 0 })).toBe(false)
  })

  test('a time or concept answer is right when it picks the answer', () => {
    expect(isRight(TIME, { kind: 'pick', index: 1 })).toBe(true)
    expect(isRight(TIME, { kind: 'pick', index: 0 })).toBe(false)
    expect(isRight(CHOICE, { kind: 'pick', index: 0 })).toBe(true)
    expect(isRight(CHOICE, { kind: 'order', order: [] })).toBe(false)
  })
})

describe('scoring', () => {
  test("a lesson's score counts right answers, and lists the missed questions to review", () => {
    expect(scoreLesson(result('03-c', [true, false, true, true, true]))).toMatchObject({
      right: 4,
      answered: 5,
      total: 5,
      finished: true,
      passed: true,
      missed: [TIME],
    })
  })

  test('an unfinished lesson is not passed, however well it went', () => {
    expect(scoreLesson(result('03-c', [true, true], 5))).toMatchObject({ finished: false, passed: false, right: 2 })
  })

  test('a lesson not passed is to review, and is studied next', () => {
    const summary = summarize([result('02-b', [true, true, true]), result('03-c', [false, false, true])], LESSONS, emptyProgress())
    expect(summary).toMatchObject({ right: 4, total: 6, review: ['03-c'], next: '03-c' })
  })

  test('when every lesson of the session passed, the next is the first one after them not passed yet', () => {
    expect(summarize([result('02-b', [true, true, true])], LESSONS, passed('03-c')).next).toBe('04-d')
    expect(summarize([result('02-b', [true, true, true])], LESSONS, emptyProgress()).next).toBe('03-c')
  })

  test('after the last lesson, the next is the first not passed anywhere; none when all are passed', () => {
    expect(summarize([result('04-d', [true])], LESSONS, passed('01-a', '03-c')).next).toBe('02-b')
    expect(summarize([result('04-d', [true])], LESSONS, passed('01-a', '02-b', '03-c')).next).toBeNull()
  })
})
