/**
 * The loop's timer heap, ordered by (when, insertion sequence).
 *
 * CPython's heapq is not stable for equal deadlines; a real clock never produces ties, but a
 * virtual clock produces them constantly, so ties resolve in scheduling order (the CPython engine's
 * harness orders its heap the same way). Keys are unique, so the order items come out in is fully
 * determined; the order iteration shows (a binary heap's slots, as CPython's list) is this
 * implementation's, and reports must not depend on it.
 *
 * Performance: a sift compares plain numbers, never handles. Both parts of slot i's key sit side by
 * side in one Float64Array (`keys[2i]` when, `keys[2i + 1]` seq), so the two children a sift-down
 * compares share one cache line: with a million timers the keys are 16 MB and every level of a sift
 * is a likely cache miss. The handles themselves are only moved, never read.
 *
 * The heap is 4-ary (the children of slot i are 4i+1 .. 4i+4): half the levels of a binary heap,
 * so a pop with a hundred thousand timers touches about 9 levels instead of 17, and the four
 * children's keys are 64 contiguous bytes. A pop takes most of the loop's time in wide workloads.
 */
export class TimerHeap<T> {
  private keys = new Float64Array(32)
  private items: (T | undefined)[] = new Array<T | undefined>(16)
  private size = 0

  get length(): number {
    return this.size
  }

  /** The earliest deadline. The caller checks `length` first. */
  peekWhen(): number {
    return this.keys[0]!
  }

  peek(): T {
    return this.items[0] as T
  }

  push(when: number, seq: number, item: T): void {
    if (this.size === this.items.length) this.grow()
    const keys = this.keys
    const items = this.items
    let i = this.size++
    // Sift up: move parents down until the new key's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 2
      const parentWhen = keys[2 * parent]!
      const parentSeq = keys[2 * parent + 1]!
      if (!less(when, seq, parentWhen, parentSeq)) break
      keys[2 * i] = parentWhen
      keys[2 * i + 1] = parentSeq
      items[i] = items[parent]
      i = parent
    }
    keys[2 * i] = when
    keys[2 * i + 1] = seq
    items[i] = item
  }

  pop(): T {
    const keys = this.keys
    const items = this.items
    const top = items[0] as T
    const last = --this.size
    const when = keys[2 * last]!
    const seq = keys[2 * last + 1]!
    const item = items[last]
    items[last] = undefined
    if (last > 0) {
      // Sift down the former last element from the root.
      let i = 0
      for (;;) {
        const first = 4 * i + 1
        if (first >= last) break
        // The least of the (up to four) children.
        let child = first
        let childWhen = keys[2 * first]!
        let childSeq = keys[2 * first + 1]!
        const end = first + 4 < last ? first + 4 : last
        for (let c = first + 1; c < end; c++) {
          const cWhen = keys[2 * c]!
          const cSeq = keys[2 * c + 1]!
          if (less(cWhen, cSeq, childWhen, childSeq)) {
            child = c
            childWhen = cWhen
            childSeq = cSeq
          }
        }
        if (!less(childWhen, childSeq, when, seq)) break
        keys[2 * i] = childWhen
        keys[2 * i + 1] = childSeq
        items[i] = items[child]
        i = child
      }
      keys[2 * i] = when
      keys[2 * i + 1] = seq
      items[i] = item
    }
    return top
  }

  clear(): void {
    this.size = 0
    this.keys = new Float64Array(32)
    this.items = new Array<T | undefined>(16)
  }

  /** The items in heap order (not sorted): for reports, never for scheduling. */
  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.size; i++) yield this.items[i] as T
  }

  /** Every item with its key, soonest first (ties in insertion order): for trace records, O(n log n). */
  sorted(): { readonly when: number; readonly item: T }[] {
    const entries: { when: number; seq: number; item: T }[] = []
    for (let i = 0; i < this.size; i++) entries.push({ when: this.keys[2 * i]!, seq: this.keys[2 * i + 1]!, item: this.items[i] as T })
    return entries.sort((a, b) => a.when - b.when || a.seq - b.seq)
  }

  private grow(): void {
    const capacity = this.items.length * 2
    const keys = new Float64Array(2 * capacity)
    keys.set(this.keys)
    this.keys = keys
    this.items.length = capacity
  }
}

/** Key order: the earlier deadline first, then the earlier scheduling. */
function less(w1: number, s1: number, w2: number, s2: number): boolean {
  return w1 < w2 || (w1 === w2 && s1 < s2)
}
