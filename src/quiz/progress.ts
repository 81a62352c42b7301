/**
 * A learner's progress, as data: the latest result of every question answered, and each attempt at
 * a lesson's quiz (how many answered, how many right, finished or not). Pure: the store (store.ts)
 * reads and writes it; times are ISO strings given by the caller.
 *
 * Every answer is recorded the moment it is given, so an interrupted quiz keeps what was answered:
 * its attempt simply stays unfinished. A quiz session records only its own answers and attempts,
 * and each save merges them into what is on disk, so two terminals quizzing at once, or a `progress
 * reset` in between, lose nothing: merging is a union in which the newer record of an answer wins
 * and an attempt's record only grows.
 */
import type { Bilingual } from '../errors.js'

export const PROGRESS_VERSION = 1
/** Attempts kept per lesson (the oldest are dropped). */
export const MAX_ATTEMPTS = 20
/** A lesson is passed when a finished attempt got at least this share right. */
export const PASS_RATIO = 0.8

export interface AnswerRecord {
  readonly right: boolean
  /** When it was answered (ISO 8601). */
  readonly at: string
}

export interface Attempt {
  /** Unique: when it started plus the process, so concurrent sessions never collide. */
  readonly id: string
  /** When it was last updated (ISO 8601). */
  readonly at: string
  /** Questions in the attempt. */
  readonly total: number
  readonly answered: number
  readonly right: number
  readonly finished: boolean
}

export interface LessonProgress {
  /** By question key (`q1`, `await-directly.q1`). */
  readonly answers: Readonly<Record<string, AnswerRecord>>
  /** Oldest first. */
  readonly attempts: readonly Attempt[]
}

export interface Progress {
  readonly version: typeof PROGRESS_VERSION
  /** By lesson id. */
  readonly lessons: Readonly<Record<string, LessonProgress>>
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {} }
}

const EMPTY_LESSON: LessonProgress = { answers: {}, attempts: [] }

function withLesson(progress: Progress, lesson: string, update: (current: LessonProgress) => LessonProgress): Progress {
  return { ...progress, lessons: { ...progress.lessons, [lesson]: update(progress.lessons[lesson] ?? EMPTY_LESSON) } }
}

export interface AnswerEvent {
  readonly lesson: string
  readonly attempt: string
  /** Questions in the attempt. */
  readonly total: number
  readonly key: string
  readonly right: boolean
  readonly at: string
}

/** Records one answer: the question's latest result, and one more answer in its attempt. */
export function recordAnswer(progress: Progress, event: AnswerEvent): Progress {
  return withLesson(progress, event.lesson, (current) => {
    const previous = current.attempts.find((a) => a.id === event.attempt)
    const attempt: Attempt = {
      id: event.attempt,
      at: event.at,
      total: event.total,
      answered: (previous?.answered ?? 0) + 1,
      right: (previous?.right ?? 0) + (event.right ? 1 : 0),
      finished: previous?.finished ?? false,
    }
    return {
      answers: { ...current.answers, [event.key]: { right: event.right, at: event.at } },
      attempts: [...current.attempts.filter((a) => a.id !== event.attempt), attempt],
    }
  })
}

/** Marks an attempt finished: every question was answered. */
export function finishAttempt(progress: Progress, lesson: string, attempt: string, at: string): Progress {
  return withLesson(progress, lesson, (current) => ({
    ...current,
    attempts: current.attempts.map((a) => (a.id === attempt ? { ...a, finished: true, at } : a)),
  }))
}

/** The more advanced record of one attempt: attempts only grow, and finishing is final. */
function laterAttempt(a: Attempt, b: Attempt): Attempt {
  if (a.finished !== b.finished) return a.finished ? a : b
  return b.answered >= a.answered ? b : a
}

function mergeLesson(base: LessonProgress, session: LessonProgress): LessonProgress {
  const answers: Record<string, AnswerRecord> = { ...base.answers }
  for (const [key, record] of Object.entries(session.answers)) {
    const existing = answers[key]
    if (existing === undefined || record.at >= existing.at) answers[key] = record
  }
  const attempts = new Map(base.attempts.map((a) => [a.id, a]))
  for (const attempt of session.attempts) {
    const existing = attempts.get(attempt.id)
    attempts.set(attempt.id, existing === undefined ? attempt : laterAttempt(existing, attempt))
  }
  const ordered = [...attempts.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { answers, attempts: ordered.slice(-MAX_ATTEMPTS) }
}

/** `session`'s records laid over `base` (what is on disk): nothing of either is lost. */
export function mergeProgress(base: Progress, session: Progress): Progress {
  const lessons: Record<string, LessonProgress> = { ...base.lessons }
  for (const [id, lesson] of Object.entries(session.lessons)) {
    lessons[id] = mergeLesson(base.lessons[id] ?? EMPTY_LESSON, lesson)
  }
  return { version: PROGRESS_VERSION, lessons }
}

export function passMark(total: number): number {
  return Math.ceil(total * PASS_RATIO - 1e-9)
}

export interface LessonStatus {
  /** The best finished attempt (most right, then the latest); null when none finished. */
  readonly best: Attempt | null
  /** The latest attempt, finished or not. */
  readonly last: Attempt | null
  readonly passed: boolean
  /** Questions ever answered. */
  readonly answered: number
}

export function lessonStatus(progress: Progress, lesson: string): LessonStatus {
  const current = progress.lessons[lesson] ?? EMPTY_LESSON
  let best: Attempt | null = null
  for (const attempt of current.attempts) {
    if (!attempt.finished) continue
    if (best === null || attempt.right / attempt.total >= best.right / best.total) best = attempt
  }
  return {
    best,
    last: current.attempts[current.attempts.length - 1] ?? null,
    passed: best !== null && best.right >= passMark(best.total),
    answered: Object.keys(current.answers).length,
  }
}

export type Parsed = { readonly progress: Progress } | { readonly problem: Bilingual }

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}

function isAttempt(value: unknown): value is Attempt {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.at === 'string' &&
    isCount(value.total) &&
    value.total > 0 &&
    isCount(value.answered) &&
    isCount(value.right) &&
    value.right <= value.answered &&
    typeof value.finished === 'boolean'
  )
}

function isLessonProgress(value: unknown): value is LessonProgress {
  if (!isObject(value) || !isObject(value.answers) || !Array.isArray(value.attempts)) return false
  const answers = Object.values(value.answers)
  return answers.every((a) => isObject(a) && typeof a.right === 'boolean' && typeof a.at === 'string') && value.attempts.every(isAttempt)
}

/** The progress file's text, checked field by field: anything else is a problem, never a throw. */
export function parseProgress(text: string): Parsed {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { problem: { en: `not valid JSON (${reason})`, zh: `不是有效的 JSON（${reason}）` } }
  }
  if (!isObject(value) || value.version !== PROGRESS_VERSION || !isObject(value.lessons)) {
    return { problem: { en: `not a version ${PROGRESS_VERSION} progress file`, zh: `不是第 ${PROGRESS_VERSION} 版的进度文件` } }
  }
  for (const [id, lesson] of Object.entries(value.lessons)) {
    if (!isLessonProgress(lesson)) return { problem: { en: `the record of lesson ${id} is damaged`, zh: `课程 ${id} 的记录已损坏` } }
  }
  return { progress: value as unknown as Progress }
}

export function formatProgress(progress: Progress): string {
  return JSON.stringify(progress, null, 2) + '\n'
}
