/**
 * width.ts takes shortcuts for start-up's sake (printable ASCII text; code points known to be
 * visible). These tests hold the shortcuts to the general rules they stand in for: a reference
 * copy of those rules, written the slow way, must agree with width.ts on every code point and on
 * a spread of texts.
 */
import { eastAsianWidth } from 'get-east-asian-width'
import { describe, expect, test } from 'vitest'
import { charWidth, displayWidth, padEnd, stripAnsi, wrap, wrapRanges } from '../../src/ui/width.js'

/** charWidth as it was before the shortcut: the regular expression decides every non-ASCII code point. */
function referenceCharWidth(char: string): number {
  const code = char.codePointAt(0)!
  if (code >= 0x20 && code < 0x7f) return 1
  if (/^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u.test(char)) return 0
  if (code >= 0xfe00 && code <= 0xfe0f) return 0
  return eastAsianWidth(code)
}

function referenceDisplayWidth(text: string): number {
  let width = 0
  for (const char of stripAnsi(text)) width += referenceCharWidth(char)
  return width
}

/** wrapRanges as it was for ASCII text, character by character (no CJK rules can apply). */
function referenceAsciiWrapRanges(text: string, width: number): Array<[number, number]> {
  const max = Math.max(1, width)
  const units: Array<{ start: number; end: number; spaced: boolean }> = []
  let spaced = false
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ') {
      spaced = true
      continue
    }
    const last = units[units.length - 1]
    if (last !== undefined && !spaced) last.end = i + 1
    else units.push({ start: i, end: i + 1, spaced })
    spaced = false
  }
  const pieces = units.flatMap((u) => {
    const result = []
    for (let s = u.start; s < u.end; s += max) result.push({ start: s, end: Math.min(u.end, s + max), spaced: s === u.start && u.spaced })
    return result
  })
  const lines: Array<[number, number]> = []
  let start = -1
  let end = 0
  let used = 0
  for (const unit of pieces) {
    const w = unit.end - unit.start
    const cost = (start >= 0 && unit.spaced ? 1 : 0) + w
    if (start >= 0 && used + cost > max) {
      lines.push([start, end])
      start = -1
    }
    if (start < 0) {
      start = unit.start
      used = w
    } else used += cost
    end = unit.end
  }
  if (start >= 0) lines.push([start, end])
  return lines.length === 0 ? [[0, 0]] : lines
}

const ASCII_TEXTS = [
  '',
  ' ',
  '   ',
  'a',
  'create_task: overlapping the waits',
  '  leading spaces and  double  spaces ',
  'wait, wait_for, timeout, cancel, task, pitfall',
  'averyveryverylongidentifierwiderthanthecolumn and more',
  'x y z',
  'trailing   ',
  'a.b,c;d:e!f?g(h)i[j]k{l}m',
  '~!@#$%^&*()_+`-=[]\\{}|;\':",./<>?',
]

describe('the printable-ASCII shortcut', () => {
  test('charWidth agrees with the regular expression on every code point', () => {
    const disagreeing: string[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      const char = String.fromCodePoint(code)
      if (charWidth(char) !== referenceCharWidth(char)) disagreeing.push(code.toString(16))
    }
    expect(disagreeing).toEqual([])
  })

  test.each([...ASCII_TEXTS, '中文 and English', '\u001b[1mbold\u001b[22m', 'tab\there', 'é́', '0/5 …'])('displayWidth of %j is what counting each character gives', (text) => {
    expect(displayWidth(text)).toBe(referenceDisplayWidth(text))
  })

  test('padEnd pads ASCII and wide text to the same number of columns', () => {
    expect(padEnd('abc', 6)).toBe('abc   ')
    expect(padEnd('中文', 6)).toBe('中文  ')
    expect(padEnd('toolong', 3)).toBe('toolong')
  })

  test('ASCII text wraps at the same places as the character-by-character rules', () => {
    for (const text of ASCII_TEXTS) {
      for (let width = 0; width <= 50; width++) {
        expect(wrapRanges(text, width), `${JSON.stringify(text)} at ${width}`).toEqual(referenceAsciiWrapRanges(text, width))
      }
    }
  })

  test('text with one wide character still wraps by the CJK rules', () => {
    expect(wrap('等待 create_task 的结果。', 8)).toEqual(['等待', 'create_t', 'ask 的结', '果。'])
  })
})
