import { describe, expect, test } from 'vitest'
import { hashSeed, shuffled } from '../../src/quiz/shuffle.js'

const LINES = ['started at 18:27:39', 'hello', 'world', 'hello - 1', 'world - 2']

describe('the deterministic shuffle', () => {
  test('gives the same order for the same seed, every time', () => {
    expect(shuffled(LINES, '03-create-task/q1')).toEqual(shuffled(LINES, '03-create-task/q1'))
  })

  test('is a permutation of its items', () => {
    for (const seed of ['a', 'b', 'c', '03-create-task/q1']) expect([...shuffled(LINES, seed)].sort()).toEqual([...LINES].sort())
  })

  test('never shows the true order, for any seed', () => {
    for (let i = 0; i < 500; i++) {
      expect(shuffled(LINES.slice(0, 2 + (i % 4)), `seed-${i}`)).not.toEqual(LINES.slice(0, 2 + (i % 4)))
    }
  })

  test('different seeds give different orders', () => {
    const orders = new Set(Array.from({ length: 50 }, (_, i) => shuffled(LINES, `seed-${i}`).join('|')))
    expect(orders.size).toBeGreaterThan(10)
  })

  test('seeds are 32-bit FNV-1a hashes', () => {
    expect(hashSeed('')).toBe(0x811c9dc5)
    expect(hashSeed('a')).toBe(0xe40c292c)
  })
})
