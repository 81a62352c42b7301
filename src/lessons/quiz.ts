/**
 * Quiz answers computed from a lesson's expected output, and the checks that make them computable:
 * every line a question or a headline names is a stdout line of expected.out appearing exactly once,
 * the total is the time of expected.out's last line, and every headline's proof holds on expected.out. Since `check` proves both engines produce
 * expected.out, these answers are what the program really does.
 */
import type { LessonDefinition, OrderQuestion, TimeQuestion } from './define.js'
import { totalTime, type TimedLine } from './expected.js'
import type { LessonProblem } from './problems.js'
import { sameTime } from './compare.js'
import { figure } from '../ui/seconds.js'
import { describeProof, measure, provenLines, provenValue } from './headlines.js'

function occurrences(expected: readonly TimedLine[], text: string): TimedLine[] {
  return expected.filter((line) => line.kind === 'stdout' && line.text === text)
}

/** The question's lines in the order the program prints them. */
export function orderAnswer(question: OrderQuestion, expected: readonly TimedLine[]): string[] {
  const position = (text: string): number => expected.findIndex((line) => line.kind === 'stdout' && line.text === text)
  return [...question.lines].sort((a, b) => position(a) - position(b))
}

/** The virtual time the question asks for: when its line is printed, or the program's total. */
export function timeAnswer(question: TimeQuestion, expected: readonly TimedLine[]): number {
  if (question.line === undefined) return totalTime(expected)
  return occurrences(expected, question.line)[0]?.t ?? Number.NaN
}

/** Problems that would make an answer uncomputable, the total or a headline untrue. */
export function answerProblems(
  definition: LessonDefinition,
  expected: readonly TimedLine[],
  lesson: string,
  files: { readonly lesson: string; readonly expected: string },
): LessonProblem[] {
  const problems: LessonProblem[] = []
  const fail = (field: string, en: string, zh: string): void => {
    problems.push({ lesson, file: files.lesson, field, message: { en, zh } })
  }
  const once = (text: string, field: string): void => {
    const count = occurrences(expected, text).length
    if (count === 1) return
    if (count === 0) fail(field, `"${text}" is not a line of ${files.expected}`, `"${text}" 不是 ${files.expected} 中的一行`)
    else fail(field, `"${text}" appears ${count} times in ${files.expected}, so its place is ambiguous`, `"${text}" 在 ${files.expected} 中出现了 ${count} 次，无法确定答案`)
  }
  const total = totalTime(expected)
  if (!sameTime(total, definition.total)) {
    fail('total', `is ${definition.total} s but ${files.expected} ends at ${total.toFixed(3)} s`, `为 ${definition.total} 秒，但 ${files.expected} 在 ${total.toFixed(3)} 秒结束`)
  }
  definition.headlines?.forEach((headline, i) => {
    const named = provenLines(headline.proof)
    const before = problems.length
    named.forEach((text, j) => once(text, `headlines[${i}].proof.${'line' in headline.proof ? 'line' : j === 0 ? 'from' : 'to'}`))
    if (problems.length > before) return
    const actual = measure(headline.proof, expected)
    if (actual === null || !sameTime(actual, provenValue(headline.proof))) {
      const proof = describeProof(headline.proof)
      const shown = actual === null ? { en: 'does not show it', zh: '中没有这一结果' } : { en: `shows ${figure(actual)}`, zh: `显示的是 ${figure(actual)}` }
      fail(`headlines[${i}].proof`, `says ${proof.en}, but ${files.expected} ${shown.en}`, `声称${proof.zh}，但 ${files.expected} ${shown.zh}`)
    }
  })
  definition.quiz.forEach((question, i) => {
    if (question.kind === 'order') question.lines.forEach((text, j) => once(text, `quiz[${i}].lines[${j}]`))
    if (question.kind === 'time' && question.line !== undefined) once(question.line, `quiz[${i}].line`)
  })
  return problems
}
