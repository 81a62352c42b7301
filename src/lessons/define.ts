/**
 * The authoring API of a lesson's `lesson.ts`: `export default defineLesson({ ... })`.
 *
 * Everything here is data the player, `check` and the quiz read. Answers that a run can establish
 * (the order of output lines, when a line is printed, how long the program takes) are not written
 * down: a question names the lines it is about and the answer is computed from `expected.out`,
 * which `check` proves both engines reproduce. Only conceptual questions carry a typed answer.
 * Headlines (the articles' results) are likewise claims with a proof `check` measures on each run.
 *
 * The types help an author in an editor; the loader still validates every field at run time
 * (src/lessons/validate.ts), because a teacher's lesson is loaded without type-checking.
 */
import type { Bilingual } from '../errors.js'
import type { ArticleId, Topic } from './topics.js'

export type { Bilingual }

/** "Put these output lines in order": `lines` in any order; the answer is their order in the run. */
export interface OrderQuestion {
  readonly kind: 'order'
  readonly prompt: Bilingual
  /** Texts of stdout lines of expected.out, each appearing there exactly once. */
  readonly lines: readonly string[]
}

/** "How long does it take" / "when is this printed": the answer is a virtual time from the run. */
export interface TimeQuestion {
  readonly kind: 'time'
  readonly prompt: Bilingual
  /** The stdout line whose time is asked (appearing once in expected.out); omitted: the program's total. */
  readonly line?: string
}

/** A conceptual multiple-choice question: the one kind whose answer an author types. */
export interface ChoiceQuestion {
  readonly kind: 'choice'
  readonly prompt: Bilingual
  readonly choices: readonly Bilingual[]
  /** Index into `choices`. */
  readonly answer: number
  /** Why that answer is right, shown after answering. */
  readonly why: Bilingual
}

export type Question = OrderQuestion | TimeQuestion | ChoiceQuestion

/**
 * What in a run proves a headline: one of four facts `check` measures on each engine's trace (within
 * 1 ms). Lines are stdout lines of expected.out, each appearing there exactly once.
 */
export type Proof =
  /** This line is printed at `at` seconds. */
  | { readonly line: string; readonly at: number }
  /** `seconds` pass between the line `from` and the line `to`. */
  | { readonly from: string; readonly to: string; readonly seconds: number }
  /** The program's total time: the time of its last line. */
  | { readonly total: number }
  /** The run ends with this outcome (a deadlock report, say) at `at` seconds. */
  | { readonly ends: 'deadlock' | 'exception' | 'runaway'; readonly at: number }

/** A result an article states, and the fact of the run that shows it holds. */
export interface Headline {
  /** The article that states it, one of the lesson's `sources`; omitted for a lesson's own claim. */
  readonly source?: ArticleId
  /** The claim as a reader would say it, e.g. "two tasks of 1 s and 2 s take 2 s". */
  readonly claim: Bilingual
  readonly proof: Proof
}

export interface LessonDefinition {
  /** The lesson's folder name, `NN-slug` (`03-create-task`). */
  readonly id: string
  readonly title: Bilingual
  readonly topics: readonly Topic[]
  /** The articles the lesson teaches from (shared/seeds/README.md). */
  readonly sources: readonly ArticleId[]
  /** How long the whole program takes, in virtual seconds (the time of its last line). */
  readonly total: number
  /** The articles' results this lesson reproduces, each verified on every run; omitted: none. */
  readonly headlines?: readonly Headline[]
  /** At least one order, one time and one choice question. */
  readonly quiz: readonly Question[]
}

/** Declares a lesson. Returns its argument: the function exists for the types. */
export function defineLesson<const T extends LessonDefinition>(lesson: T): T {
  return lesson
}
