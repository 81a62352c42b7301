/**
 * Terminal display width and wrapping by it.
 *
 * Invariants: width is counted in terminal columns, never string length: East Asian Wide and
 * Fullwidth characters (Chinese, most emoji) take 2, combining marks, format characters, controls
 * and ANSI colour codes 0, everything else 1. Wrapping never splits a character, breaks Latin text
 * at spaces and CJK text between any two characters, keeps CJK closing punctuation (，。！？…) off
 * the start of a line, and cuts a word only when it alone is wider than the line.
 *
 * Why not string-width: its first call compiles a `\p{RGI_Emoji}` regular expression, measured here
 * at about 100 ms, which alone breaks the start-up budget of `list`; get-east-asian-width is a table.
 */
import { eastAsianWidth } from 'get-east-asian-width'

// eslint-disable-next-line no-control-regex -- ESC is exactly what an SGR colour code starts with
const ANSI = /\u001b\[[0-9;]*m/g
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u
const CLOSING = new Set('，。、；：！？）》」』】〉”’…—,.;:!?)]}'.split(''))
const OPENING = new Set('（《「『【〈“‘'.split(''))

export const DEFAULT_COLUMNS = 80

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '')
}

/** Columns one code point takes. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0)!
  if (code >= 0x20 && code < 0x7f) return 1
  if (ZERO_WIDTH.test(char)) return 0
  if (code >= 0xfe00 && code <= 0xfe0f) return 0
  return eastAsianWidth(code)
}

export function displayWidth(text: string): number {
  let width = 0
  for (const char of stripAnsi(text)) width += charWidth(char)
  return width
}

/** Pads with spaces to `width` columns (no-op when already wider). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text
}

/** A line of wrapped text: the half-open range [start, end) of the original string. */
export type Range = readonly [number, number]

interface Unit {
  start: number
  end: number
  width: number
  /** Whether a space separated it from the unit before (it then costs one more column). */
  spaced: boolean
}

/** Splits plain text into unbreakable units: Latin words, single wide characters with glued punctuation. */
function units(text: string): Unit[] {
  const result: Unit[] = []
  let spaced = false
  let glueNext = false
  let index = 0
  for (const char of text) {
    const start = index
    index += char.length
    if (char === ' ') {
      spaced = true
      glueNext = false
      continue
    }
    const width = charWidth(char)
    const last = result[result.length - 1]
    const lastChar = last === undefined ? '' : text.slice(last.end - 1, last.end)
    const extendsWord = width === 1 && last !== undefined && charWidth(lastChar) === 1
    const glued = last !== undefined && !spaced && (glueNext || CLOSING.has(char) || width === 0 || extendsWord)
    if (glued) {
      last.end = index
      last.width += width
    } else {
      result.push({ start, end: index, width, spaced })
    }
    glueNext = OPENING.has(char)
    spaced = false
  }
  return result
}

/** Cuts one over-wide unit into pieces of at most `width` columns. */
function cut(text: string, unit: Unit, width: number): Unit[] {
  const pieces: Unit[] = []
  let piece: Unit = { start: unit.start, end: unit.start, width: 0, spaced: unit.spaced }
  let index = unit.start
  for (const char of text.slice(unit.start, unit.end)) {
    const w = charWidth(char)
    if (piece.width + w > width && piece.width > 0) {
      pieces.push(piece)
      piece = { start: index, end: index, width: 0, spaced: false }
    }
    index += char.length
    piece.end = index
    piece.width += w
  }
  pieces.push(piece)
  return pieces
}

/** Word-wraps one paragraph (no newlines) to `width` columns; returns each line's range. */
export function wrapRanges(text: string, width: number): Range[] {
  const max = Math.max(1, width)
  const lines: Range[] = []
  let start = -1
  let end = 0
  let used = 0
  for (const whole of units(text)) {
    for (const unit of whole.width > max ? cut(text, whole, max) : [whole]) {
      const cost = (start >= 0 && unit.spaced ? 1 : 0) + unit.width
      if (start >= 0 && used + cost > max) {
        lines.push([start, end])
        start = -1
      }
      if (start < 0) {
        start = unit.start
        used = unit.width
      } else {
        used += cost
      }
      end = unit.end
    }
  }
  if (start >= 0) lines.push([start, end])
  return lines.length === 0 ? [[0, 0]] : lines
}

/** Word-wraps plain text to `width` columns; each `\n` starts a new paragraph. */
export function wrap(text: string, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => wrapRanges(paragraph, width).map(([s, e]) => paragraph.slice(s, e)))
}

/** Cuts text (code) into lines of at most `width` columns, keeping every character and space. */
export function hardWrapRanges(text: string, width: number): Range[] {
  const max = Math.max(1, width)
  const lines: Range[] = []
  let start = 0
  let used = 0
  let index = 0
  for (const char of text) {
    const w = charWidth(char)
    if (used + w > max && used > 0) {
      lines.push([start, index])
      start = index
      used = 0
    }
    used += w
    index += char.length
  }
  lines.push([start, index])
  return lines
}
