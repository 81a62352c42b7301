import { describe, expect, test } from 'vitest'
import {
  MAX_ATTEMPTS,
  emptyProgress,
  finishAttempt,
  formatProgress,
  lessonStatus,
  mergeProgress,
  parseProgress,
  passMark,
  recordAnswer,
  type Progress,
} from '../../src/quiz/progress.js'

const L = '03-create-task'

function answers(progress: Progress, attempt: string, results: readonly boolean[], total = results.length, start = 0): Progress {
  return results.reduce(
    (p, right, i) => recordAnswer(p, { lesson: L, attempt, total, key: `q${i + 1}`, right, at: `2026-01-01T00:00:${String(start + i).padStart(2, '0')}.000Z` }),
    progress,
  )
}

describe('recording progress', () => {
  test('each answer updates its question and its attempt at once', () => {
    const p = answers(emptyProgress(), 'a1', [true, false], 5)
    expect(p.lessons[L]!.answers).toEqual({
      q1: { right: true, at: '2026-01-01T00:00:00.000Z' },
      q2: { right: false, at: '2026-01-01T00:00:01.000Z' },
    })
    expect(p.lessons[L]!.attempts).toEqual([{ id: 'a1', at: '2026-01-01T00:00:01.000Z', total: 5, answered: 2, right: 1, finished: false }])
  })

  test('an attempt cut short stays unfinished with what was answered; a finished one counts for the score', () => {
    const cut = answers(emptyProgress(), 'a1', [true, true], 5)
    expect(lessonStatus(cut, L)).toMatchObject({ best: null, passed: false, answered: 2, last: { answered: 2, finished: false } })
    const done = finishAttempt(answers(cut, 'a2', [true, true, true, true, false]), L, 'a2', '2026-01-02T00:00:00.000Z')
    expect(lessonStatus(done, L)).toMatchObject({ best: { id: 'a2', right: 4, total: 5 }, passed: true, answered: 5 })
  })

  test('a lesson is passed with at least 80% right in a finished attempt', () => {
    expect([3, 5, 7, 10].map(passMark)).toEqual([3, 4, 6, 8])
    const three = finishAttempt(answers(emptyProgress(), 'a', [true, true, true, false, false]), L, 'a', 'z')
    expect(lessonStatus(three, L).passed).toBe(false)
  })

  test('the best attempt is the best share right, the latest among equals', () => {
    let p = finishAttempt(answers(emptyProgress(), 'a', [true, true, false]), L, 'a', 'z')
    p = finishAttempt(answers(p, 'b', [true, false, false]), L, 'b', 'z')
    p = finishAttempt(answers(p, 'c', [false, true, true]), L, 'c', 'z')
    expect(lessonStatus(p, L).best?.id).toBe('c')
    expect(lessonStatus(p, L).last?.id).toBe('c')
  })
})

describe('merging progress', () => {
  test("a session's records are laid over what is on disk; nothing of either is lost", () => {
    const disk = answers(emptyProgress(), 'other', [true], 3)
    const session = recordAnswer(emptyProgress(), { lesson: '04-gather', attempt: 'mine', total: 2, key: 'q1', right: false, at: '2026-02-01T00:00:00.000Z' })
    const merged = mergeProgress(disk, session)
    expect(Object.keys(merged.lessons).sort()).toEqual([L, '04-gather'])
    expect(merged.lessons[L]).toEqual(disk.lessons[L])
  })

  test('the newer record of one question wins, whichever side it is on', () => {
    const older = answers(emptyProgress(), 'a', [true], 1, 0)
    const newer = answers(emptyProgress(), 'b', [false], 1, 30)
    expect(mergeProgress(older, newer).lessons[L]!.answers.q1!.right).toBe(false)
    expect(mergeProgress(newer, older).lessons[L]!.answers.q1!.right).toBe(false)
  })

  test('an attempt only grows, and finishing is final', () => {
    const two = answers(emptyProgress(), 'a', [true, true], 3)
    const three = finishAttempt(answers(emptyProgress(), 'a', [true, true, false]), L, 'a', 'z')
    expect(mergeProgress(three, two).lessons[L]!.attempts).toEqual(three.lessons[L]!.attempts)
    expect(mergeProgress(two, three).lessons[L]!.attempts).toEqual(three.lessons[L]!.attempts)
  })

  test('concurrent sessions keep both attempts, and a reset in between keeps only the session', () => {
    const mine = answers(emptyProgress(), '2026-01-01T00:00:00.000Z#1', [true], 2)
    const theirs = answers(emptyProgress(), '2026-01-01T00:00:05.000Z#2', [false], 2)
    expect(mergeProgress(theirs, mine).lessons[L]!.attempts.map((a) => a.id)).toEqual(['2026-01-01T00:00:00.000Z#1', '2026-01-01T00:00:05.000Z#2'])
    expect(mergeProgress(emptyProgress(), mine)).toEqual(mine)
  })

  test('merging is idempotent', () => {
    const p = finishAttempt(answers(emptyProgress(), 'a', [true, false]), L, 'a', 'z')
    expect(mergeProgress(p, p)).toEqual(p)
  })

  test(`only the last ${MAX_ATTEMPTS} attempts are kept`, () => {
    let p = emptyProgress()
    for (let i = 0; i < MAX_ATTEMPTS + 5; i++) p = mergeProgress(p, answers(emptyProgress(), `a${String(i).padStart(3, '0')}`, [true]))
    const ids = p.lessons[L]!.attempts.map((a) => a.id)
    expect(ids).toHaveLength(MAX_ATTEMPTS)
    expect(ids[0]).toBe('a005')
  })
})

describe('reading the progress file', () => {
  test('what is written reads back the same', () => {
    const p = finishAttempt(answers(emptyProgress(), 'a', [true, false]), L, 'a', 'z')
    expect(parseProgress(formatProgress(p))).toEqual({ progress: p })
  })

  test('broken JSON, another version or a damaged record is a problem, never a throw', () => {
    const good = JSON.parse(formatProgress(answers(emptyProgress(), 'a', [true]))) as { lessons: Record<string, { attempts: unknown[] }> }
    good.lessons[L]!.attempts = [{ id: 'a', at: 'z', total: 0, answered: 1, right: 2, finished: 'no' }]
    const cases: Array<[string, string]> = [
      ['{"version": 1, "lessons": {', 'not valid JSON'],
      ['[]', 'not a version 1 progress file'],
      ['{"version": 2, "lessons": {}}', 'not a version 1 progress file'],
      [JSON.stringify(good), `the record of lesson ${L} is damaged`],
      ['', 'not valid JSON'],
    ]
    for (const [text, message] of cases) {
      const parsed = parseProgress(text)
      expect('problem' in parsed && parsed.problem.en).toContain(message)
    }
  })
})
