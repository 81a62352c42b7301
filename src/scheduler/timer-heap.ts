/**
 * The loop's timer heap, ordered by (when, insertion sequence).
 *
 * CPython's heapq is not stable for equal deadlines; a real clock never produces ties, but a
 * virtual clock produces them constantly, so ties resolve in scheduling order (the CPython engine's
 * harness orders its heap the same way). Keys live in typed arrays, next to the handles, so a sift
 * compares plain numbers and a million timers cost no extra objects.
 */
export class TimerHeap<T> {
  private when = new Float64Array(16)
  private seq = new Float64Array(16)
  private items: (T | undefined)[] = new Array<T | undefined>(16)
  private size = 0

  get length(): number {
    return this.size
  }

  /** The earliest deadline. The caller checks `length` first. */
  peekWhen(): number {
    return this.when[0]!
  }

  peek(): T {
    return this.items[0] as T
  }

  push(when: number, seq: number, item: T): void {
    if (this.size === this.when.length) this.grow()
    let i = this.size++
    // Sift up: move parents down until the new key's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.less(when, seq, this.when[parent]!, this.seq[parent]!)) break
      this.move(parent, i)
      i = parent
    }
    this.place(i, when, seq, item)
  }

  pop(): T {
    const top = this.items[0] as T
    const last = --this.size
    const when = this.when[last]!
    const seq = this.seq[last]!
    const item = this.items[last]
    this.items[last] = undefined
    if (last > 0) {
      // Sift down the former last element from the root.
      let i = 0
      for (;;) {
        let child = 2 * i + 1
        if (child >= last) break
        const right = child + 1
        if (right < last && this.less(this.when[right]!, this.seq[right]!, this.when[child]!, this.seq[child]!)) child = right
        if (!this.less(this.when[child]!, this.seq[child]!, when, seq)) break
        this.move(child, i)
        i = child
      }
      this.place(i, when, seq, item as T)
    }
    return top
  }

  clear(): void {
    this.size = 0
    this.items = new Array<T | undefined>(16)
  }

  /** The items in heap order (not sorted): for reports, never for scheduling. */
  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.size; i++) yield this.items[i] as T
  }

  private less(w1: number, s1: number, w2: number, s2: number): boolean {
    return w1 < w2 || (w1 === w2 && s1 < s2)
  }

  private move(from: number, to: number): void {
    this.when[to] = this.when[from]!
    this.seq[to] = this.seq[from]!
    this.items[to] = this.items[from]
  }

  private place(i: number, when: number, seq: number, item: T): void {
    this.when[i] = when
    this.seq[i] = seq
    this.items[i] = item
  }

  private grow(): void {
    const capacity = this.when.length * 2
    const when = new Float64Array(capacity)
    when.set(this.when)
    const seq = new Float64Array(capacity)
    seq.set(this.seq)
    this.when = when
    this.seq = seq
    this.items.length = capacity
  }
}
