import { describe, expect, it } from 'vitest'
import { Deque } from '../../src/scheduler/deque.js'

describe('Deque', () => {
  it('hands items back first in, first out', () => {
    const deque = new Deque<number>()
    for (let i = 0; i < 5; i++) deque.push(i)
    expect([deque.shift(), deque.shift()]).toEqual([0, 1])
    expect(deque.length).toBe(3)
    expect([...deque]).toEqual([2, 3, 4])
  })

  it('keeps FIFO order when it grows while its head has wrapped around', () => {
    const deque = new Deque<number>(4)
    for (let i = 0; i < 4; i++) deque.push(i)
    deque.shift()
    deque.shift()
    // The ring is now [_, _, 2, 3]; these wrap to the front, then force a growth mid-ring.
    for (let i = 4; i < 20; i++) deque.push(i)
    expect(deque.length).toBe(18)
    expect([...deque]).toEqual(Array.from({ length: 18 }, (_, i) => i + 2))
    const drained: number[] = []
    while (deque.length > 0) drained.push(deque.shift())
    expect(drained).toEqual(Array.from({ length: 18 }, (_, i) => i + 2))
  })

  it('agrees with an array under a long interleaving of pushes and shifts', () => {
    const deque = new Deque<number>(2)
    const reference: number[] = []
    let next = 0
    for (let step = 0; step < 5000; step++) {
      // A fixed pattern that grows and shrinks the queue repeatedly.
      const push = reference.length === 0 || (step * 2654435761) % 7 < 4
      if (push) {
        deque.push(next)
        reference.push(next++)
      } else {
        expect(deque.shift()).toBe(reference.shift())
      }
      expect(deque.length).toBe(reference.length)
    }
    expect([...deque]).toEqual(reference)
  })

  it('is empty and reusable after clear()', () => {
    const deque = new Deque<string>()
    deque.push('a')
    deque.push('b')
    deque.clear()
    expect(deque.length).toBe(0)
    expect([...deque]).toEqual([])
    deque.push('c')
    expect(deque.shift()).toBe('c')
  })
})
