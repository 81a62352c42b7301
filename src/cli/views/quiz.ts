/**
 * How the quiz looks: a question (with the variant's change and changed lines), the feedback after
 * an answer (right or wrong, the answer, why a wrong time is a classic mistake, and the evidence:
 * the timestamped run the answer was read from), and the end (scores, what to review, what next).
 * Pure functions from questions and the UI settings to lines of text.
 */
import type { LessonEntry } from '../../lessons/loader.js'
import { formatLine } from '../../lessons/expected.js'
import { passMark, type LessonStatus } from '../../quiz/progress.js'
import type { QuizQuestion } from '../../quiz/questions.js'
import type { Answer, QuizSummary } from '../../quiz/score.js'
import { bilingual } from '../../ui/i18n.js'
import type { MessageKey } from '../../ui/messages/en.js'
import { displayWidth, padEnd, wrap } from '../../ui/width.js'
import type { Ui } from '../context.js'
import { figure } from '../../ui/seconds.js'
import { mark, sentences } from './evaluation.js'

const KIND: Record<QuizQuestion['kind'], MessageKey> = { order: 'quiz.kind.order', time: 'quiz.kind.time', choice: 'quiz.kind.choice' }

/** What a question's choices read as: times as headline figures, concept choices in the shown languages. */
export function choiceLabels(question: QuizQuestion, ui: Ui): string[] {
  if (question.kind === 'time') return question.choices.map((c) => figure(c.t))
  if (question.kind === 'choice') return question.choices.map((c) => ui.tr.pick(c))
  return [...question.items]
}

export function questionLines(question: QuizQuestion, number: number, total: number, ui: Ui): string[] {
  const { tr, style } = ui
  const kind = question.variant === null ? tr.t(KIND[question.kind]) : `${tr.t('quiz.kind.variant')} · ${tr.t(KIND[question.kind])}`
  const lines = [style.bold(`${tr.t('quiz.question', { number, total })} · ${kind}`)]
  if (question.variant !== null) {
    lines.push(...sentences(bilingual('quiz.variant', { change: question.variant.change }), ui, ''))
    const digits = Math.max(1, ...question.variant.diff.flat().map((l) => String(l.number).length))
    question.variant.diff.forEach((hunk, i) => {
      if (i > 0) lines.push(style.dim(`  ${' '.repeat(digits)}   ⋮`))
      for (const line of hunk) {
        const sign = line.kind === 'removed' ? '-' : line.kind === 'added' ? '+' : ' '
        // main.py's line numbers: an added line has none there.
        const number = line.kind === 'added' ? '' : String(line.number)
        const text = `  ${number.padStart(digits)} ${sign} ${line.text}`.trimEnd()
        lines.push(line.kind === 'removed' ? style.red(text) : line.kind === 'added' ? style.green(text) : style.dim(text))
      }
    })
  }
  lines.push(...sentences(question.prompt, ui, ''))
  return lines
}

function describeAnswer(question: QuizQuestion, answer: Answer, ui: Ui): string[] {
  const { tr } = ui
  switch (question.kind) {
    case 'order':
      return [tr.t('quiz.theOrder'), ...question.answer.map((line, i) => `  ${i + 1}. ${line}`)]
    case 'time': {
      const right = figure(question.choices[question.answer]!.t)
      if (answer.kind !== 'pick' || answer.index === question.answer) return [tr.t('quiz.theTime', { answer: right })]
      const chosen = question.choices[answer.index]
      if (chosen === undefined) return [tr.t('quiz.theTime', { answer: right })]
      const time = figure(chosen.t)
      const lines = [tr.t('quiz.yourTime', { time, answer: right })]
      if (chosen.reason !== 'answer') lines.push(tr.t(`quiz.reason.${chosen.reason}`, { time }))
      return lines
    }
    case 'choice':
      return [tr.t('quiz.theChoice', { choice: tr.pick(question.choices[question.answer]!) }), ...tr.lines(question.why)]
  }
}

/** Right or wrong, the answer, and for order and time questions the run it comes from. */
export function feedbackLines(question: QuizQuestion, answer: Answer, right: boolean, ui: Ui): string[] {
  const { tr, style } = ui
  const verdict = right ? style.green(`${mark(true, ui)} ${tr.t('quiz.right')}`) : style.red(`${mark(false, ui)} ${tr.t('quiz.wrong')}`)
  const width = Math.max(10, ui.width - 2)
  const lines = [verdict, ...describeAnswer(question, answer, ui).flatMap((text) => wrap(text, width)).map((line) => `  ${line}`)]
  if (question.kind !== 'choice') lines.push(...evidenceLines(question, ui))
  return lines
}

export function evidenceLines(question: QuizQuestion, ui: Ui): string[] {
  const { tr, style } = ui
  const title = tr.t(question.variant === null ? 'quiz.evidence' : 'quiz.evidence.variant')
  const lines = wrap(title, Math.max(10, ui.width - 2)).map((line) => style.dim(`  ${line}`))
  question.evidence.forEach((line, i) => {
    const text = formatLine(line)
    lines.push(question.focus.includes(i) ? `  ${style.cyan('▶')} ${style.bold(text)}` : `    ${text}`)
  })
  return lines
}

/** The end of a quiz: one score line per lesson, the total, what to review, and the next lesson. */
export function summaryLines(summary: QuizSummary, entries: readonly LessonEntry[], ui: Ui): string[] {
  const { tr, style } = ui
  const entry = (id: string): LessonEntry | undefined => entries.find((e) => e.id === id)
  const title = (id: string): string => {
    const found = entry(id)
    return found?.lesson ? `${tr.t('lesson.heading', { number: found.number })} · ${tr.pick(found.lesson.definition.title)}` : id
  }
  const rows = summary.scores.map((score) => {
    const status = !score.finished
      ? style.yellow(tr.t('quiz.unfinished', { answered: score.answered, total: score.total }))
      : score.passed
        ? `${mark(true, ui)} ${tr.t('quiz.passed')}`
        : `${mark(false, ui)} ${tr.t('quiz.notPassed', { mark: passMark(score.total) })}`
    return { label: title(score.lesson), figure: `${score.right}/${score.total}`, status }
  })
  const labelWidth = Math.min(Math.max(...rows.map((r) => displayWidth(r.label)), 0), Math.max(20, ui.width - 30))
  const lines = ['', style.bold(tr.t('quiz.score'))]
  for (const row of rows) {
    const label = wrap(row.label, labelWidth)
    label.forEach((piece, i) => {
      lines.push(i === label.length - 1 ? `  ${padEnd(piece, labelWidth)}  ${style.bold(row.figure)}  ${row.status}` : `  ${piece}`)
    })
  }
  if (summary.scores.length > 1) lines.push(`  ${tr.t('quiz.total', { right: summary.right, total: summary.total })}`)
  const width = Math.max(10, ui.width - 4)
  const reviewed = summary.scores.filter((s) => s.missed.length > 0 || !s.passed)
  if (reviewed.length > 0) {
    lines.push('', style.bold(tr.t('quiz.review')))
    for (const score of reviewed) {
      const number = entry(score.lesson)?.number ?? score.lesson
      lines.push(...wrap(tr.t('quiz.reviewLesson', { number }), width).map((l) => `  ${l}`))
      if (score.missed.length > 0) {
        lines.push(`  ${tr.t('quiz.missed')}`)
        for (const question of score.missed) {
          lines.push(...tr.lines(question.prompt).flatMap((p) => wrap(p, width - 2)).map((l, i) => (i === 0 ? `    ${style.red('✗')} ${l}` : `      ${l}`)))
        }
      }
    }
  }
  lines.push('')
  if (summary.next === null) lines.push(style.bold(tr.t('quiz.allPassed')))
  else {
    const next = entry(summary.next)
    const again = summary.review.includes(summary.next)
    const text = again
      ? tr.t('quiz.nextAgain', { number: next?.number ?? summary.next })
      : tr.t('quiz.next', { number: next?.number ?? summary.next, title: next?.lesson ? next.lesson.definition.title : { en: summary.next, zh: summary.next } })
    lines.push(...wrap(text, ui.width).map((l) => style.bold(l)))
  }
  return lines
}

export type ListedQuiz = LessonStatus

/** `list`'s quiz column: the best finished score (✓ when passed), else an unfinished attempt's (`2/7 …`). */
export function quizCell(status: LessonStatus | undefined, ui: Ui): string {
  if (status === undefined) return ''
  if (status.best !== null) return `${status.best.right}/${status.best.total}${status.passed ? ` ${mark(true, ui)}` : ''}`
  if (status.last !== null) return `${status.last.right}/${status.last.total} …`
  return ''
}
