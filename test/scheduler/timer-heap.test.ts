import { describe, expect, it } from 'vitest'
import { TimerHeap } from '../../src/scheduler/timer-heap.js'

/** A small seeded generator (mulberry32), so a failing sequence can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Entry {
  readonly when: number
  readonly seq: number
}

const byWhenThenSeq = (a: Entry, b: Entry): number => a.when - b.when || a.seq - b.seq

describe('TimerHeap', () => {
  it('pops equal deadlines in the order they were pushed', () => {
    const heap = new TimerHeap<string>()
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
    names.forEach((name, seq) => heap.push(1, seq, name))
    const popped: string[] = []
    while (heap.length > 0) popped.push(heap.pop())
    expect(popped).toEqual(names)
  })

  it('orders by deadline first and insertion sequence second', () => {
    const heap = new TimerHeap<string>()
    heap.push(0.3, 1, 'late')
    heap.push(0.1, 2, 'early')
    heap.push(0.2, 3, 'middle-1')
    heap.push(0.2, 4, 'middle-2')
    heap.push(0.1 + 0.2, 5, 'float sum') // 0.30000000000000004: after 0.3
    expect(heap.peekWhen()).toBe(0.1)
    expect(heap.peek()).toBe('early')
    const popped: string[] = []
    while (heap.length > 0) popped.push(heap.pop())
    expect(popped).toEqual(['early', 'middle-1', 'middle-2', 'late', 'float sum'])
  })

  it('matches a sorted reference under random pushes and pops, ties included', () => {
    for (const seed of [1, 2, 3, 42, 2024]) {
      const random = seeded(seed)
      const heap = new TimerHeap<Entry>()
      const reference: Entry[] = []
      let seq = 0
      for (let step = 0; step < 3000; step++) {
        if (reference.length === 0 || random() < 0.6) {
          // Few distinct deadlines, so ties are frequent.
          const entry = { when: Math.floor(random() * 20) / 4, seq: seq++ }
          heap.push(entry.when, entry.seq, entry)
          reference.push(entry)
          reference.sort(byWhenThenSeq)
        } else {
          expect(heap.peekWhen()).toBe(reference[0]!.when)
          expect(heap.pop()).toBe(reference.shift())
        }
        expect(heap.length).toBe(reference.length)
      }
      const rest: Entry[] = []
      while (heap.length > 0) rest.push(heap.pop())
      expect(rest).toEqual(reference)
    }
  })

  it('keeps its order while growing far past its initial capacity', () => {
    const heap = new TimerHeap<number>()
    const n = 1000
    for (let i = 0; i < n; i++) heap.push((i * 7919) % n, i, i)
    let previous = -1
    for (let i = 0; i < n; i++) {
      const when = heap.peekWhen()
      expect(when).toBeGreaterThan(previous)
      heap.pop()
      previous = when
    }
    expect(heap.length).toBe(0)
  })

  it('iterates over every item it holds and is empty after clear()', () => {
    const heap = new TimerHeap<string>()
    for (const [i, name] of ['x', 'y', 'z'].entries()) heap.push(3 - i, i, name)
    expect([...heap].sort()).toEqual(['x', 'y', 'z'])
    heap.clear()
    expect(heap.length).toBe(0)
    expect([...heap]).toEqual([])
    heap.push(5, 0, 'after clear')
    expect(heap.pop()).toBe('after clear')
  })
})
