/**
 * A FIFO ring buffer: the loop's ready queue (`collections.deque` in CPython).
 *
 * Array.shift is O(n) on large arrays; this is O(1) at any size, and reuses its slots. The capacity
 * stays a power of two, so wrapping around is a mask rather than a division: every task step goes
 * through one push and one shift.
 */
export class Deque<T> {
  private items: (T | undefined)[]
  /** `items.length - 1`: the capacity is a power of two. */
  private mask: number
  private head = 0
  private count = 0

  constructor(capacity = 16) {
    let size = 2
    while (size < capacity) size *= 2
    this.items = new Array<T | undefined>(size)
    this.mask = size - 1
  }

  get length(): number {
    return this.count
  }

  push(item: T): void {
    if (this.count > this.mask) this.grow()
    this.items[(this.head + this.count) & this.mask] = item
    this.count++
  }

  /** Removes and returns the oldest item. The caller checks `length` first. */
  shift(): T {
    const head = this.head
    const item = this.items[head] as T
    // Let go of the item at once: a queue a million handles deep must not keep them alive.
    this.items[head] = undefined
    this.head = (head + 1) & this.mask
    this.count--
    return item
  }

  clear(): void {
    this.items = new Array<T | undefined>(16)
    this.mask = 15
    this.head = 0
    this.count = 0
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.count; i++) yield this.items[(this.head + i) & this.mask] as T
  }

  private grow(): void {
    const capacity = (this.mask + 1) * 2
    const next = new Array<T | undefined>(capacity)
    for (let i = 0; i < this.count; i++) next[i] = this.items[(this.head + i) & this.mask]
    this.items = next
    this.mask = capacity - 1
    this.head = 0
  }
}
