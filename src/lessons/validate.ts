/**
 * Validation of a lesson's `lesson.ts` export, field by field. Teachers' lessons are loaded without
 * type-checking, so every field is checked here and each problem names its field path; nothing in
 * this module throws. Cross-checks against expected.out (total, headlines, quiz answers) live in quiz.ts.
 */
import type { Bilingual } from '../errors.js'
import type { LessonDefinition, Question } from './define.js'
import type { LessonProblem } from './problems.js'
import { isArticleId, isTopic, TOPICS } from './topics.js'

type Json = Record<string, unknown>

const LESSON_FIELDS = ['id', 'title', 'topics', 'sources', 'total', 'headlines', 'quiz']
const QUESTION_FIELDS: Record<Question['kind'], readonly string[]> = {
  order: ['kind', 'prompt', 'lines'],
  time: ['kind', 'prompt', 'line'],
  choice: ['kind', 'prompt', 'choices', 'answer', 'why'],
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

class Checker {
  readonly problems: LessonProblem[] = []
  constructor(
    private readonly lesson: string,
    private readonly file: string,
  ) {}

  fail(field: string, en: string, zh: string): false {
    this.problems.push({ lesson: this.lesson, file: this.file, field, message: { en, zh } })
    return false
  }

  knownFields(value: Json, field: string, known: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) {
        this.fail(field === '' ? key : `${field}.${key}`, `unknown field (known: ${known.join(', ')})`, `未知字段（可用：${known.join('、')}）`)
      }
    }
  }

  text(value: unknown, field: string): value is string {
    if (typeof value === 'string' && value.trim() !== '') return true
    return this.fail(field, 'should be a non-empty string', '应为非空字符串')
  }

  bilingual(value: unknown, field: string): value is Bilingual {
    if (!isObject(value)) return this.fail(field, 'should be { zh: "...", en: "..." }', '应为 { zh: "...", en: "..." }')
    this.knownFields(value, field, ['zh', 'en'])
    const zh = this.text(value.zh, `${field}.zh`)
    const en = this.text(value.en, `${field}.en`)
    return zh && en
  }

  list(value: unknown, field: string, min: number): value is unknown[] {
    if (Array.isArray(value) && value.length >= min) return true
    return this.fail(field, `should be a list of at least ${min}`, `应为至少 ${min} 项的列表`)
  }
}

function checkQuestion(c: Checker, value: unknown, field: string): void {
  if (!isObject(value)) {
    c.fail(field, 'should be a question object', '应为题目对象')
    return
  }
  const kind = value.kind
  if (kind !== 'order' && kind !== 'time' && kind !== 'choice') {
    c.fail(`${field}.kind`, 'should be "order", "time" or "choice"', '应为 "order"、"time" 或 "choice"')
    return
  }
  c.knownFields(value, field, QUESTION_FIELDS[kind])
  c.bilingual(value.prompt, `${field}.prompt`)
  if (kind === 'order') {
    if (c.list(value.lines, `${field}.lines`, 2)) value.lines.forEach((line, i) => c.text(line, `${field}.lines[${i}]`))
  } else if (kind === 'time') {
    if (value.line !== undefined) c.text(value.line, `${field}.line`)
  } else {
    const choices = value.choices
    if (c.list(choices, `${field}.choices`, 2)) choices.forEach((choice, i) => c.bilingual(choice, `${field}.choices[${i}]`))
    const answer = value.answer
    const count = Array.isArray(choices) ? choices.length : 0
    if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || answer >= Math.max(count, 1)) {
      c.fail(`${field}.answer`, `should be the index of the right choice (0 to ${Math.max(count - 1, 0)})`, `应为正确选项的序号（0 到 ${Math.max(count - 1, 0)}）`)
    }
    c.bilingual(value.why, `${field}.why`)
  }
}

/** The shapes of a proof, by the field that tells them apart. */
const PROOF_FIELDS = [['line', 'at'], ['from', 'to', 'seconds'], ['total'], ['ends', 'at']] as const
const OUTCOMES = ['deadlock', 'exception', 'runaway']
const PROOF_SHAPES = '{ line, at }, { from, to, seconds }, { total } or { ends, at }'

function checkProof(c: Checker, value: unknown, field: string): void {
  const fields = isObject(value) ? PROOF_FIELDS.find((shape) => shape[0] in value) : undefined
  if (!isObject(value) || fields === undefined) {
    c.fail(field, `should be one of ${PROOF_SHAPES}`, `应为 ${PROOF_SHAPES} 之一`)
    return
  }
  c.knownFields(value, field, fields)
  const time = (name: string): void => {
    const t = value[name]
    if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) c.fail(`${field}.${name}`, 'should be a time in seconds (0 or more)', '应为以秒计的时间（不小于 0）')
  }
  for (const name of fields) {
    if (name === 'line' || name === 'from' || name === 'to') c.text(value[name], `${field}.${name}`)
    else if (name === 'ends') {
      if (!OUTCOMES.includes(value.ends as string)) c.fail(`${field}.ends`, `should be ${OUTCOMES.map((o) => `"${o}"`).join(', ')}`, `应为 ${OUTCOMES.map((o) => `"${o}"`).join('、')}`)
    } else time(name)
  }
}

function checkHeadlines(c: Checker, headlines: unknown, sources: unknown): void {
  if (headlines === undefined) return
  if (!Array.isArray(headlines)) {
    c.fail('headlines', 'should be a list of { source, claim, proof }', '应为 { source, claim, proof } 的列表')
    return
  }
  headlines.forEach((headline, i) => {
    const field = `headlines[${i}]`
    if (!isObject(headline)) {
      c.fail(field, 'should be { source, claim, proof }', '应为 { source, claim, proof }')
      return
    }
    c.knownFields(headline, field, ['source', 'claim', 'proof'])
    const source = headline.source
    if (source !== undefined && !(Array.isArray(sources) && sources.includes(source))) {
      const known = Array.isArray(sources) && sources.length > 0 ? sources.join(', ') : 'none'
      c.fail(`${field}.source`, `${JSON.stringify(source)} is not one of the lesson's sources (${known})`, `${JSON.stringify(source)} 不在本课的 sources 中（${known === 'none' ? '无' : known}）`)
    }
    c.bilingual(headline.claim, `${field}.claim`)
    checkProof(c, headline.proof, `${field}.proof`)
  })
}

function checkQuiz(c: Checker, quiz: unknown): void {
  if (!Array.isArray(quiz)) {
    c.list(quiz, 'quiz', 3)
    return
  }
  c.list(quiz, 'quiz', 3)
  quiz.forEach((question, i) => checkQuestion(c, question, `quiz[${i}]`))
  for (const kind of ['order', 'time', 'choice'] as const) {
    if (!quiz.some((q) => isObject(q) && q.kind === kind)) {
      c.fail('quiz', `needs at least one "${kind}" question`, `至少需要一道 "${kind}" 题`)
    }
  }
}

export interface Validated {
  readonly definition: LessonDefinition | null
  readonly problems: LessonProblem[]
}

/** Checks the default export of `lesson.ts` in the folder `folder` (whose name is the lesson's id). */
export function validateDefinition(value: unknown, folder: string, file: string): Validated {
  const c = new Checker(folder, file)
  if (!isObject(value)) {
    c.fail('default export', 'should be defineLesson({ ... })', '应为 defineLesson({ ... })')
    return { definition: null, problems: c.problems }
  }
  c.knownFields(value, '', LESSON_FIELDS)
  if (c.text(value.id, 'id') && value.id !== folder) {
    c.fail('id', `is "${value.id}" but the folder is "${folder}"`, `为 "${value.id}"，但文件夹名为 "${folder}"`)
  }
  c.bilingual(value.title, 'title')
  if (c.list(value.topics, 'topics', 1)) {
    value.topics.forEach((topic, i) => {
      if (!isTopic(topic)) c.fail(`topics[${i}]`, `unknown topic ${JSON.stringify(topic)} (known: ${TOPICS.join(', ')})`, `未知主题 ${JSON.stringify(topic)}（可用：${TOPICS.join('、')}）`)
    })
  }
  if (c.list(value.sources, 'sources', 0)) {
    value.sources.forEach((source, i) => {
      if (!isArticleId(source)) c.fail(`sources[${i}]`, `unknown article ${JSON.stringify(source)}`, `未知文章 ${JSON.stringify(source)}`)
    })
  }
  if (typeof value.total !== 'number' || !Number.isFinite(value.total) || value.total < 0) {
    c.fail('total', 'should be the program\'s total time in seconds', '应为程序总用时（秒）')
  }
  checkHeadlines(c, value.headlines, value.sources)
  checkQuiz(c, value.quiz)
  return { definition: c.problems.length === 0 ? (value as unknown as LessonDefinition) : null, problems: c.problems }
}
