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
 *
 * Start-up matters here (`list` measures and wraps every cell once, on cold code), so text that is
 * all printable ASCII, where every character is one column, takes a shortcut that gives the same
 * answer as the general path (test/ui/width-fast.test.ts compares them): its width is its length,
 * and it wraps in one pass over its runs of non-spaces. Likewise charWidth knows the width of
 * common characters (`…` in `list`, Chinese) without compiling ZERO_WIDTH (about 0.7 ms) or the
 * East Asian Width table's code (that test checks every code point).
 */
import { eastAsianWidth } from 'get-east-asian-width'

// eslint-disable-next-line no-control-regex -- ESC is exactly what an SGR colour code starts with
const ANSI = /\u001b\[[0-9;]*m/g
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u
const CLOSING = new Set('，。、；：！？）》」』】〉”’…—,.;:!?)]}'.split(''))
const OPENING = new Set('（《「『【〈“‘'.split(''))
/** Text in which every character is printable ASCII: one column each, no colour codes. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
const SPACE = 0x20

export const DEFAULT_COLUMNS = 80

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '')
}

/**
 * The width of common code points whose answer is known without ZERO_WIDTH or the East Asian Width
 * table (each costs start-up time to compile on first use); undefined for the rest. One column:
 * Latin-1 and Latin Extended letters and signs (not the soft hyphen, a format character), and the
 * dashes, quotes, bullets and ellipsis of General Punctuation (narrow or ambiguous, and ambiguous
 * counts as narrow here). Two: CJK ideographs and fullwidth forms.
 */
function knownWidth(code: number): number | undefined {
  if ((code >= 0xa0 && code < 0x300 && code !== 0xad) || (code >= 0x2010 && code <= 0x2027)) return 1
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0xff01 && code <= 0xff60)) return 2
  return undefined
}

/** Columns one code point takes. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0)!
  if (code >= 0x20 && code < 0x7f) return 1
  const known = knownWidth(code)
  if (known !== undefined) return known
  if (ZERO_WIDTH.test(char)) return 0
  if (code >= 0xfe00 && code <= 0xfe0f) return 0
  return eastAsianWidth(code)
}

export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length
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

/**
 * wrapRanges of printable ASCII text, where the units are the runs of non-spaces, one column per
 * character: the same lines, found in one pass without building the units.
 */
function asciiWrapRanges(text: string, max: number): Range[] {
  const lines: Range[] = []
  let start = -1
  let end = 0
  let used = 0
  let i = 0
  while (i < text.length) {
    const spaced = text.charCodeAt(i) === SPACE
    while (i < text.length && text.charCodeAt(i) === SPACE) i++
    if (i === text.length) break
    let wordEnd = i + 1
    while (wordEnd < text.length && text.charCodeAt(wordEnd) !== SPACE) wordEnd++
    // A word wider than the line is cut into pieces of `max` columns, as cut() does.
    for (let piece = i; piece < wordEnd; piece += max) {
      const pieceEnd = Math.min(wordEnd, piece + max)
      const cost = (start >= 0 && spaced && piece === i ? 1 : 0) + (pieceEnd - piece)
      if (start >= 0 && used + cost > max) {
        lines.push([start, end])
        start = -1
      }
      if (start < 0) {
        start = piece
        used = pieceEnd - piece
      } else {
        used += cost
      }
      end = pieceEnd
    }
    i = wordEnd
  }
  if (start >= 0) lines.push([start, end])
  return lines.length === 0 ? [[0, 0]] : lines
}

/** Word-wraps one paragraph (no newlines) to `width` columns; returns each line's range. */
export function wrapRanges(text: string, width: number): Range[] {
  const max = Math.max(1, width)
  if (PRINTABLE_ASCII.test(text)) return asciiWrapRanges(text, max)
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

/** Cuts text to `width` columns, `…` marking the cut (nothing at all when `width` is 0). */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text
  if (width <= 0) return ''
  if (width === 1) return '…'
  const [first] = hardWrapRanges(text, width - 1)
  // A wide first character that does not fit the room is still the whole first range: drop it.
  const kept = displayWidth(text.slice(0, first![1])) <= width - 1 ? text.slice(0, first![1]) : ''
  return `${kept.trimEnd()}…`
}
