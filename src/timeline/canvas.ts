/**
 * A line of terminal cells, each painted with one style or none, for drawing charts by column.
 *
 * Invariants: a line is exactly `width` columns wide however it is drawn on; a wide character (CJK)
 * takes two cells, the second a continuation, and overwriting either half blanks the other, so no
 * character is ever half drawn; text that would run past the end is cut.
 */
import type { Style, StyleName } from '../ui/style.js'
import { charWidth } from '../ui/width.js'

interface Cell {
  /** The character, `''` for the right half of a wide one. */
  char: string
  style: StyleName | null
}

export class CellLine {
  private readonly cells: Cell[]
  constructor(readonly width: number) {
    this.cells = Array.from({ length: Math.max(0, width) }, () => ({ char: ' ', style: null }))
  }

  private blank(col: number): void {
    const cell = this.cells[col]
    if (cell !== undefined) Object.assign(cell, { char: ' ', style: null })
  }

  /** Writes text from column `col` on; returns the column after it. */
  put(col: number, text: string, style: StyleName | null = null): number {
    let at = col
    for (const char of text) {
      const w = charWidth(char)
      if (w === 0) continue
      if (at < 0 || at + w > this.width) break
      // Keep neighbours whole: a wide character half overwritten on either side is blanked.
      if (this.cells[at]!.char === '') this.blank(at - 1)
      const end = at + w - 1
      if (end + 1 < this.width && this.cells[end + 1]!.char === '') this.blank(end + 1)
      this.cells[at] = { char, style }
      if (w === 2) this.cells[at + 1] = { char: '', style }
      at += w
    }
    return at
  }

  /** Fills columns [from, to] with one glyph. */
  fill(from: number, to: number, glyph: string, style: StyleName | null): void {
    for (let col = Math.max(0, from); col <= Math.min(to, this.width - 1); col++) this.put(col, glyph, style)
  }

  /** The line as text, painted, trailing blanks dropped. */
  render(style: Style): string {
    let out = ''
    let run = ''
    let runStyle: StyleName | null = null
    const flush = (): void => {
      out += runStyle === null ? run : style[runStyle](run)
      run = ''
    }
    const last = this.cells.findLastIndex((cell) => cell.char !== ' ')
    for (const cell of this.cells.slice(0, last + 1)) {
      const cellStyle = cell.char === ' ' ? null : cell.style
      if (cellStyle !== runStyle) {
        flush()
        runStyle = cellStyle
      }
      run += cell.char
    }
    flush()
    return out
  }
}

