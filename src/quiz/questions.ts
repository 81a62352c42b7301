/**
 * The question engine: a lesson's quiz definitions and variants, plus their runs, become concrete
 * questions with computed answers. Pure: the runs are given (facts.ts makes them).
 *
 * - order: the named lines in the order the run prints them, shown in a deterministic shuffle;
 * - time: when a line is printed, or the total, among the classic wrong answers (timing.ts);
 * - choice: the author's choices and answer (the one kind whose answer is typed);
 * - a variant's questions are order and time questions about the variant's own run.
 * Questions are asked time first, then order, then concept, then variants (ASKED_FIRST).
 *
 * Invariants: an order or time answer is read from a run, never from the definition; every line a
 * question names appears exactly once in its run, or the question is a problem instead; question
 * keys are stable across runs (`q2`, `await-directly.q1`), since progress is stored by key.
 */
import type { Bilingual } from '../errors.js'
import type { ChoiceQuestion, LessonDefinition, OrderQuestion, Question, TimeQuestion } from '../lessons/define.js'
import type { TimedLine } from '../lessons/expected.js'
import type { LessonProblem } from '../lessons/problems.js'
import type { DiffLine } from './diff.js'
import type { RunFacts } from './facts.js'
import { shuffled } from './shuffle.js'
import { lineIndex, timeChoices, timeOf, type TimeChoice } from './timing.js'
import type { VariantDefinition } from './variants.js'

/** The variant a question is about, as the learner is shown it. */
export interface VariantContext {
  readonly id: string
  readonly change: Bilingual
  /** Hunks of main.py's changed lines. */
  readonly diff: readonly (readonly DiffLine[])[]
}

interface QuestionBase {
  /** Stable within the lesson: `q1` (lesson.ts's first question), `await-directly.q1`. */
  readonly key: string
  readonly prompt: Bilingual
  readonly variant: VariantContext | null
  /** The run the answer is read from: shown after answering as the evidence. */
  readonly evidence: readonly TimedLine[]
  /** Indexes into `evidence` of the lines the question is about. */
  readonly focus: readonly number[]
}

export interface OrderQuiz extends QuestionBase {
  readonly kind: 'order'
  /** The lines as shown: shuffled. */
  readonly items: readonly string[]
  /** The lines in the order the run prints them. */
  readonly answer: readonly string[]
}

export interface TimeQuiz extends QuestionBase {
  readonly kind: 'time'
  /** The line asked about; null for the program's total. */
  readonly line: string | null
  readonly choices: readonly TimeChoice[]
  /** Index into `choices`. */
  readonly answer: number
}

export interface ChoiceQuiz extends QuestionBase {
  readonly kind: 'choice'
  readonly choices: readonly Bilingual[]
  readonly answer: number
  readonly why: Bilingual
}

export type QuizQuestion = OrderQuiz | TimeQuiz | ChoiceQuiz

export interface PreparedVariant {
  readonly definition: VariantDefinition
  readonly run: RunFacts
  readonly diff: readonly (readonly DiffLine[])[]
}

export interface QuizInput {
  /** The lesson's id (`03-create-task`): part of every shuffle's seed. */
  readonly lesson: string
  readonly definition: LessonDefinition
  /** The lesson's own run. */
  readonly run: RunFacts
  readonly variants: readonly PreparedVariant[]
  /** Files as shown in problems. */
  readonly files: { readonly lesson: string; readonly variants: string }
}

export interface GeneratedQuiz {
  readonly questions: readonly QuizQuestion[]
  readonly problems: readonly LessonProblem[]
}

interface Place {
  readonly key: string
  readonly run: RunFacts
  readonly variant: VariantContext | null
  readonly file: string
  readonly field: string
}

/**
 * The order questions are asked in: first predict how long (the headline), then in what order, then
 * explain the idea, and last apply it to a changed program (variants). Stable within a kind. Every
 * lesson therefore opens with a one-number answer, which keeps piped answers simple to script.
 */
const ASKED_FIRST: Record<Question['kind'], number> = { time: 0, order: 1, choice: 2 }

export function generateQuiz(input: QuizInput): GeneratedQuiz {
  const questions: QuizQuestion[] = []
  const problems: LessonProblem[] = []
  const once = (place: Place, text: string, field: string): boolean => {
    const count = place.run.lines.filter((line) => line.kind === 'stdout' && line.text === text).length
    if (count === 1) return true
    const where = place.variant === null ? 'the run' : `the run of variant "${place.variant.id}"`
    const whereZh = place.variant === null ? '运行结果' : `变体 "${place.variant.id}" 的运行结果`
    problems.push({
      lesson: input.lesson,
      file: place.file,
      field,
      message:
        count === 0
          ? { en: `"${text}" is not a line of ${where}`, zh: `"${text}" 不是${whereZh}中的一行` }
          : { en: `"${text}" appears ${count} times in ${where}, so its place is ambiguous`, zh: `"${text}" 在${whereZh}中出现了 ${count} 次，无法确定答案` },
    })
    return false
  }

  const add = (question: OrderQuestion | TimeQuestion | ChoiceQuestion, place: Place): void => {
    const base = { key: place.key, prompt: question.prompt, variant: place.variant, evidence: place.run.lines }
    switch (question.kind) {
      case 'order': {
        if (!question.lines.map((text, j) => once(place, text, `${place.field}.lines[${j}]`)).every(Boolean)) return
        const answer = [...question.lines].sort((a, b) => lineIndex(place.run, a) - lineIndex(place.run, b))
        const items = shuffled(answer, `${input.lesson}/${place.key}`)
        questions.push({ ...base, kind: 'order', items, answer, focus: answer.map((text) => lineIndex(place.run, text)) })
        return
      }
      case 'time': {
        const line = question.line ?? null
        if (line !== null && !once(place, line, `${place.field}.line`)) return
        const choices = timeChoices(place.run, line)
        const answer = choices.findIndex((c) => c.t === timeOf(place.run, line))
        const focus = line === null ? (place.run.lines.length > 0 ? [place.run.lines.length - 1] : []) : [lineIndex(place.run, line)]
        questions.push({ ...base, kind: 'time', line, choices, answer, focus })
        return
      }
      case 'choice':
        questions.push({ ...base, kind: 'choice', choices: question.choices, answer: question.answer, why: question.why, focus: [] })
    }
  }

  const authored = input.definition.quiz.map((question, i) => ({ question, i }))
  for (const { question, i } of [...authored].sort((a, b) => ASKED_FIRST[a.question.kind] - ASKED_FIRST[b.question.kind])) {
    add(question, { key: `q${i + 1}`, run: input.run, variant: null, file: input.files.lesson, field: `quiz[${i}]` })
  }
  input.variants.forEach((prepared, v) => {
    const { definition } = prepared
    const variant: VariantContext = { id: definition.id, change: definition.change, diff: prepared.diff }
    definition.quiz.forEach((question, j) => {
      add(question, {
        key: `${definition.id}.q${j + 1}`,
        run: prepared.run,
        variant,
        file: input.files.variants,
        field: `variants[${v}].quiz[${j}]`,
      })
    })
  })
  return { questions, problems }
}
