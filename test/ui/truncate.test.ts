import { describe, expect, test } from 'vitest'
import { displayWidth, truncate } from '../../src/ui/width.js'

describe('truncate', () => {
  test('cuts by display width and marks the cut with …', () => {
    expect(truncate('hello world', 8)).toBe('hello w…')
    expect(truncate('事件循环在等待', 9)).toBe('事件循环…')
  })

  test('leaves text that fits alone', () => {
    expect(truncate('short', 8)).toBe('short')
    expect(truncate('事件', 4)).toBe('事件')
  })

  test('drops the spaces before the mark, and gives nothing for no room', () => {
    expect(truncate('Task-2 sleeping until 1.000s', 8)).toBe('Task-2…')
    expect(truncate('anything', 0)).toBe('')
    expect(truncate('anything', 1)).toBe('…')
  })
})

test('a wide character that cannot fit before the mark is dropped, never overflowing', () => {
  for (let width = 0; width <= 6; width++) {
    for (const text of ['事件循环', 'ab事件', 'a b c d e f g']) expect(displayWidth(truncate(text, width))).toBeLessThanOrEqual(width)
  }
  expect(truncate('事件循环', 2)).toBe('…')
})
