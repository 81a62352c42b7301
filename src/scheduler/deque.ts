/**
 * A FIFO ring buffer: the loop's ready queue (`collections.deque` in CPython).
 * Array.shift is O(n) on large arrays; this is O(1) at any size, and reuses its slots.
 */
export class Deque<T> {
  private items: (T | undefined)[]
  private head = 0
  private count = 0

  constructor(capacity = 16) {
    this.items = new Array<T | undefined>(capacity)
  }

  get length(): number {
    return this.count
  }

  push(item: T): void {
    if (this.count === this.items.length) this.grow()
    this.items[(this.head + this.count) % this.items.length] = item
    this.count++
  }

  /** Removes and returns the oldest item. The caller checks `length` first. */
  shift(): T {
    const item = this.items[this.head] as T
    this.items[this.head] = undefined
    this.head = (this.head + 1) % this.items.length
    this.count--
    return item
  }

  clear(): void {
    this.items = new Array<T | undefined>(16)
    this.head = 0
    this.count = 0
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.count; i++) yield this.items[(this.head + i) % this.items.length] as T
  }

  private grow(): void {
    const next = new Array<T | undefined>(this.items.length * 2)
    for (let i = 0; i < this.count; i++) next[i] = this.items[(this.head + i) % this.items.length]
    this.items = next
    this.head = 0
  }
}
