import { describe, expect, test } from 'vitest'
import { buildSteps } from '../../src/step/frames.js'
import { frameAtTime, nextOutput, press, splitKeys, type Cursor, type Move } from '../../src/step/navigate.js'
import { lesson03 } from './fixtures.js'

const { frames } = buildSteps(lesson03())
const RIGHT = '\u001b[C'
const LEFT = '\u001b[D'

/** Presses keys one after another from the first frame; the cursor reached. */
function after(...keys: string[]): Cursor | Move['kind'] {
  let cursor: Cursor = { index: 0 }
  for (const key of keys) {
    const move = press(frames, cursor, key)
    if (move.kind !== 'show') return move.kind
    cursor = move.cursor
  }
  return cursor
}

describe('keys of the step viewer', () => {
  test('n, space, → and Enter go forward; p, ← and Backspace go back; never past either end', () => {
    expect(after('n', ' ', RIGHT, '\r')).toEqual({ index: 4 })
    expect(after('n', 'n', 'p', LEFT, '\u007f')).toEqual({ index: 0 })
    expect(after('G', 'n', 'n')).toEqual({ index: frames.length - 1 })
    expect(after('G', 'g')).toEqual({ index: 0 })
  })

  test('o jumps to the next step that printed, and stays put after the last one', () => {
    expect(after('o')).toEqual({ index: 3 })
    expect(after('o', 'o')).toEqual({ index: 6 })
    expect(after('o', 'o', 'o', 'o')).toEqual({ index: 7 })
    expect(nextOutput(frames, 7)).toBe(7)
  })

  test('t, a time and Enter jump to the first step at or after it; Esc cancels; Backspace edits', () => {
    expect(after('t')).toEqual({ index: 0, jump: '' })
    expect(after('t', '1', '.', '5')).toEqual({ index: 0, jump: '1.5' })
    expect(after('t', '1', '.', '5', '\r')).toEqual({ index: 5 })
    expect(after('t', '1', '\r')).toEqual({ index: 2 })
    expect(after('t', '9', '\r')).toEqual({ index: frames.length - 1 })
    expect(after('n', 't', '2', '\u001b')).toEqual({ index: 1 })
    expect(after('t', '2', '\u007f', '1', '\r')).toEqual({ index: 2 })
    expect(after('t', '1', '.', '.', 'x')).toEqual({ index: 0, jump: '1.' })
    expect(after('t', '\r')).toEqual({ index: 0 })
  })

  test('q and Esc quit, Ctrl-C interrupts, even while a time is typed', () => {
    expect(after('n', 'q')).toBe('quit')
    expect(after('\u001b')).toBe('quit')
    expect(after('\u0003')).toBe('interrupt')
    expect(after('t', '1', '\u0003')).toBe('interrupt')
  })

  test('other keys change nothing', () => {
    expect(after('x', 'n', 'Z')).toEqual({ index: 1 })
  })

  test('frameAtTime picks the first frame at or after a time', () => {
    expect(frameAtTime(frames, 0)).toBe(0)
    expect(frameAtTime(frames, 2)).toBe(5)
  })
})

describe('splitKeys', () => {
  test('cuts raw input into keys, escape sequences whole', () => {
    expect(splitKeys('nn')).toEqual(['n', 'n'])
    expect(splitKeys(`${RIGHT}p\u001b[1~`)).toEqual([RIGHT, 'p', '\u001b[1~'])
    expect(splitKeys('\u001b')).toEqual(['\u001b'])
    expect(splitKeys('\u001bOA')).toEqual(['\u001bOA'])
  })
})
