/**
 * The step-through viewer's keys: a pressed key and where the viewer stands in, where it goes out.
 * Pure, so every key is testable without a terminal; src/cli/terminal/stepper.ts feeds it the bytes
 * a raw terminal delivers.
 *
 * Keys: next (n, space, →, ↓, j, Enter), back (p, ←, ↑, k, Backspace), next output (o), first/last
 * (g/G, Home/End), jump to a time (t, then digits and `.`, Enter to go, Esc to cancel), quit (q,
 * Esc), Ctrl-C (interrupted: the caller exits 130). Anything else changes nothing.
 *
 * Invariants: the index stays within the frames; `jump` is present only while a time is typed and
 * holds only digits and at most one `.`.
 */
import type { Frame } from './frames.js'

export interface Cursor {
  /** The frame shown. */
  readonly index: number
  /** The time being typed after `t`; absent when not typing. */
  readonly jump?: string
}

export type Move = { readonly kind: 'show'; readonly cursor: Cursor } | { readonly kind: 'quit' } | { readonly kind: 'interrupt' }

const ESC = '\u001b'
const CTRL_C = '\u0003'
const ENTER = ['\r', '\n']
const BACKSPACE = ['\u007f', '\b']
const NEXT = new Set(['n', ' ', 'j', `${ESC}[C`, `${ESC}[B`, `${ESC}OC`, `${ESC}OB`, ...ENTER])
const BACK = new Set(['p', 'k', `${ESC}[D`, `${ESC}[A`, `${ESC}OD`, `${ESC}OA`, ...BACKSPACE])
const FIRST = new Set(['g', `${ESC}[H`, `${ESC}OH`, `${ESC}[1~`])
const LAST = new Set(['G', `${ESC}[F`, `${ESC}OF`, `${ESC}[4~`])

/** A chunk of raw terminal input cut into keys: escape sequences whole, everything else a character each. */
export function splitKeys(chunk: string): string[] {
  const keys: string[] = []
  // eslint-disable-next-line no-control-regex -- ESC is exactly what a key's escape sequence starts with
  const sequence = /^\u001b(?:\[[0-9;]*[A-Za-z~]|O[A-Za-z])/
  for (let rest = chunk; rest.length > 0; ) {
    const match = sequence.exec(rest)
    const key = match?.[0] ?? String.fromCodePoint(rest.codePointAt(0)!)
    keys.push(key)
    rest = rest.slice(key.length)
  }
  return keys
}

/** The first frame at or after virtual time `t` (the last frame when none is). */
export function frameAtTime(frames: readonly Frame[], t: number): number {
  const found = frames.findIndex((frame) => frame.t >= t - 5e-7)
  return found < 0 ? frames.length - 1 : found
}

/** The next frame after `index` that wrote output; `index` itself when none does. */
export function nextOutput(frames: readonly Frame[], index: number): number {
  const found = frames.findIndex((frame, i) => i > index && frame.printed > frame.printedBefore)
  return found < 0 ? index : found
}

function at(index: number, frames: readonly Frame[]): Move {
  return { kind: 'show', cursor: { index: Math.max(0, Math.min(frames.length - 1, index)) } }
}

function typing(cursor: Cursor, jump: string, frames: readonly Frame[], key: string): Move {
  if (key === CTRL_C) return { kind: 'interrupt' }
  if (key === ESC) return at(cursor.index, frames)
  if (ENTER.includes(key)) return jump === '' || jump === '.' ? at(cursor.index, frames) : at(frameAtTime(frames, Number(jump)), frames)
  if (BACKSPACE.includes(key)) return { kind: 'show', cursor: { index: cursor.index, jump: jump.slice(0, -1) } }
  if (/^[0-9]$/.test(key) || (key === '.' && !jump.includes('.'))) return { kind: 'show', cursor: { index: cursor.index, jump: jump + key } }
  return { kind: 'show', cursor }
}

export function press(frames: readonly Frame[], cursor: Cursor, key: string): Move {
  if (cursor.jump !== undefined) return typing(cursor, cursor.jump, frames, key)
  if (key === CTRL_C) return { kind: 'interrupt' }
  if (key === 'q' || key === 'Q' || key === ESC) return { kind: 'quit' }
  if (NEXT.has(key)) return at(cursor.index + 1, frames)
  if (BACK.has(key)) return at(cursor.index - 1, frames)
  if (FIRST.has(key)) return at(0, frames)
  if (LAST.has(key)) return at(frames.length - 1, frames)
  if (key === 'o') return at(nextOutput(frames, cursor.index), frames)
  if (key === 't') return { kind: 'show', cursor: { index: cursor.index, jump: '' } }
  return { kind: 'show', cursor }
}
