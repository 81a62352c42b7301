import { describe, expect, test } from 'vitest'
import { compareLines } from '../../src/lessons/compare.js'
import { parseExpected } from '../../src/lessons/expected.js'

const lines = (text: string) => parseExpected(text).lines

describe('comparing a run with its lesson', () => {
  test('the same lines at the same times match', () => {
    const expected = lines('[  0.000] a\n[  1.000] b\n')
    expect(compareLines(expected, expected)).toEqual({
      ok: true,
      lines: [
        { t: 0, expected_t: 0, kind: 'stdout', text: 'a', ok: true },
        { t: 1, expected_t: 1, kind: 'stdout', text: 'b', ok: true },
      ],
    })
  })

  test('a time within a millisecond matches and one beyond does not', () => {
    const expected = lines('[  1.000] a\n[  2.000] b\n')
    const result = compareLines(expected, [
      { t: 1.0009, kind: 'stdout', text: 'a' },
      { t: 2.0011, kind: 'stdout', text: 'b' },
    ])
    expect(result.lines.map((l) => l.ok)).toEqual([true, false])
    expect(result.ok).toBe(false)
  })

  test('one missing line shows as that line alone, not as every later line differing', () => {
    const result = compareLines(lines('[  0.000] a\n[  1.000] b\n[  2.000] c\n'), lines('[  0.000] a\n[  2.000] c\n'))
    expect(result.lines).toEqual([
      { t: 0, expected_t: 0, kind: 'stdout', text: 'a', ok: true },
      { t: null, expected_t: 1, kind: 'stdout', text: 'b', ok: false },
      { t: 2, expected_t: 2, kind: 'stdout', text: 'c', ok: true },
    ])
  })

  test('an extra line is marked as not expected', () => {
    const result = compareLines(lines('[  0.000] a\n'), lines('[  0.000] a\n[  0.000] surprise\n'))
    expect(result.lines[1]).toEqual({ t: 0, expected_t: null, kind: 'stdout', text: 'surprise', ok: false })
  })

  test('lines out of order do not match', () => {
    expect(compareLines(lines('[  1.000] a\n[  1.000] b\n'), lines('[  1.000] b\n[  1.000] a\n')).ok).toBe(false)
  })

  test('the same text on stderr is a different line', () => {
    expect(compareLines(lines('[  1.000] a\n'), lines('[  1.000]<stderr> a\n')).ok).toBe(false)
  })
})
