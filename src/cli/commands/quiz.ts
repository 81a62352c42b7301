/**
 * `asyncio-lessons quiz [lessons...]`: each lesson's questions (all lessons in order when none is
 * named), answered in the terminal or from stdin. After each answer: right or wrong, the answer and
 * the evidence; at the end: scores, what to review, the next lesson.
 *
 * Every answer is saved the moment it is given, so nothing is lost to Ctrl-C (exit 130), to input
 * that runs out (exit 2, after the score so far) or to a crash. A save that fails is reported once
 * and the quiz goes on; the command then ends with that error (exit 1) after the score.
 */
import { InvalidLessonError } from '../../lessons/problems.js'
import type { LessonEntry } from '../../lessons/loader.js'
import { selectLessons } from '../../lessons/select.js'
import { AnswerInputError, ProgressSaveError } from '../../quiz/errors.js'
import { prepareQuiz } from '../../quiz/prepare.js'
import { emptyProgress, finishAttempt, mergeProgress, recordAnswer, type Progress } from '../../quiz/progress.js'
import type { QuizQuestion } from '../../quiz/questions.js'
import { isRight, summarize, type Answer, type GivenAnswer, type LessonResult } from '../../quiz/score.js'
import { StoppedError, type Bilingual } from '../../errors.js'
import { bilingual } from '../../ui/i18n.js'
import { print, type CommandContext, type Ui } from '../context.js'
import { Cancelled, MalformedInput, NoMoreInput, type Asker } from '../quiz/asker.js'
import { titleBar } from '../views/lesson.js'
import { choiceLabels, feedbackLines, questionLines, summaryLines } from '../views/quiz.js'

export interface QuizOptions {
  readonly lessons: readonly string[]
}

/** Where progress is kept. */
export interface ProgressKeeper {
  readonly path: string
  load(): Progress
  /** Merges the session into the saved progress; throws ProgressSaveError. */
  save(session: Progress): Progress
}

/** What the quiz needs beyond the common context. */
export interface QuizIo {
  /** Made once the lessons are ready, so enquirer loads only when a question is about to be asked. */
  readonly asker: () => Promise<Asker>
  readonly store: ProgressKeeper
  readonly now: () => Date
  /** Distinguishes this process's attempts from a concurrent one's (the pid). */
  readonly session: string
}

async function ask(asker: Asker, question: QuizQuestion, ui: Ui): Promise<Answer> {
  if (question.kind === 'order') {
    const picks = await asker.order(question.items)
    return { kind: 'order', order: picks.map((i) => question.items[i]!) }
  }
  return { kind: 'pick', index: await asker.pick(choiceLabels(question, ui)) }
}

function expects(question: QuizQuestion): Bilingual {
  return question.kind === 'order'
    ? bilingual('quiz.expects.order', { count: question.items.length })
    : bilingual('quiz.expects.pick', { count: question.choices.length })
}

interface Prepared {
  readonly entry: LessonEntry
  readonly questions: readonly QuizQuestion[]
}

export async function quizCommand(options: QuizOptions, ctx: CommandContext, io: QuizIo): Promise<void> {
  const { ui } = ctx
  const library = await ctx.library({ programs: true })
  const entries = selectLessons(library.entries, options.lessons)
  for (const entry of entries) if (entry.lesson === null) throw new InvalidLessonError(entry.problems)
  // Every lesson's questions first: a broken lesson fails before anything is asked.
  const quizzes: Prepared[] = entries.map((entry) => {
    const prepared = prepareQuiz(entry.lesson!)
    if (prepared.problems.length > 0) throw new InvalidLessonError(prepared.problems)
    return { entry, questions: prepared.questions }
  })

  const saved = io.store.load()
  let session = emptyProgress()
  let saveError: ProgressSaveError | null = null
  let given = 0
  const save = (): void => {
    try {
      io.store.save(session)
      saveError = null
    } catch (error) {
      if (!(error instanceof ProgressSaveError)) throw error
      if (saveError === null) for (const line of ui.tr.lines(error.text)) ctx.out.error(`${ui.style.yellow(line)}\n`)
      saveError = error
    }
  }
  const results: LessonResult[] = []
  const finish = (): void => print(ctx, summaryLines(summarize(results, library.entries.map((e) => e.id), mergeProgress(saved, session)), library.entries, ui))

  const asker = await io.asker()
  let current: { question: QuizQuestion; number: number; lesson: string } | null = null
  try {
    for (const { entry, questions } of quizzes) {
      print(ctx, ['', ...titleBar(entry, ui)])
      const attempt = `${io.now().toISOString()}#${io.session}`
      const answers: GivenAnswer[] = []
      results.push({ lesson: entry.id, total: questions.length, answers })
      for (const [i, question] of questions.entries()) {
        current = { question, number: i + 1, lesson: entry.id }
        print(ctx, ['', ...questionLines(question, i + 1, questions.length, ui)])
        const answer = await ask(asker, question, ui)
        const right = isRight(question, answer)
        answers.push({ question, right })
        given++
        session = recordAnswer(session, { lesson: entry.id, attempt, total: questions.length, key: question.key, right, at: io.now().toISOString() })
        save()
        print(ctx, feedbackLines(question, answer, right, ui))
      }
      session = finishAttempt(session, entry.id, attempt, io.now().toISOString())
      save()
    }
  } catch (error) {
    if (error instanceof Cancelled) throw new StoppedError(bilingual('quiz.interrupted', { count: given }))
    if (current !== null && error instanceof NoMoreInput) {
      if (given > 0) finish()
      throw new AnswerInputError(bilingual('quiz.inputEnded', { number: current.number, lesson: current.lesson, expects: expects(current.question), count: given }))
    }
    if (current !== null && error instanceof MalformedInput) {
      throw new AnswerInputError(
        bilingual('quiz.inputMalformed', { line: error.line, text: error.text, number: current.number, lesson: current.lesson, expects: expects(current.question) }),
      )
    }
    throw error
  } finally {
    asker.close()
  }
  finish()
  if (saveError !== null) throw saveError
}
