/**
 * `asyncio.Queue`, `PriorityQueue`, `LifoQueue`, `QueueEmpty`, `QueueFull` (`queues.py`, CPython
 * 3.11.7), ported line by line.
 *
 * Invariants (CPython's own):
 * - Getters and putters are plain Futures in FIFO lists. `_wakeup_next` pops waiters from the front
 *   until it finds one that is not done and sets its result: a woken waiter has left the list before
 *   it runs, and it loops back to check `empty()`/`full()` again when it does (another task may
 *   have taken the item or the slot in between).
 * - A waiter that gets an exception (a cancellation) after being woken passes the wakeup on to the
 *   next in line, so no item or slot is left with nobody to take it.
 * - `put_nowait` counts an unfinished task and clears `_finished`; `task_done` sets it at zero;
 *   `join` waits on that Event only when the count is positive (so it may cost no iteration).
 * - PriorityQueue keeps a binary heap in a list, with `heapq`'s exact algorithm and Python's `<`,
 *   so ties and its `str()` come out in CPython's order.
 */
import { type Coro } from './coro.js'
import { Deque } from './deque.js'
import { Exception, TypeError, ValueError } from './exceptions.js'
import type { Future } from './futures.js'
import { Event, _LoopBoundMixin, nameCoroutineMethods, removeWaiter } from './locks.js'
import { PyFloat, Tuple, repr } from './pyrepr.js'

/** Raised when `Queue.get_nowait()` is called on an empty Queue. */
export class QueueEmpty extends Exception {
  static override readonly __module__ = 'asyncio.queues'
}

/** Raised when `Queue.put_nowait()` is called on a full Queue. */
export class QueueFull extends Exception {
  static override readonly __module__ = 'asyncio.queues'
}

/** The queue's storage: a deque for Queue, a list for PriorityQueue and LifoQueue. */
type Storage<T> = Deque<T> | T[]

export class Queue<T = unknown> extends _LoopBoundMixin {
  readonly _maxsize: number
  readonly _getters: Future<null>[] = []
  readonly _putters: Future<null>[] = []
  _unfinished_tasks = 0
  readonly _finished = new Event()
  declare _queue: Storage<T>

  /** `Queue(maxsize=0)`: `new asyncio.Queue(2)` or `new asyncio.Queue({ maxsize: 2 })`. */
  constructor(maxsize: number | { readonly maxsize?: number } = 0) {
    super()
    this._maxsize = typeof maxsize === 'number' ? maxsize : (maxsize.maxsize ?? 0)
    this._finished.set()
    this._init(this._maxsize)
  }

  // These three are overridable in subclasses.

  _init(_maxsize: number): void {
    this._queue = new Deque<T>()
  }

  _get(): T {
    return (this._queue as Deque<T>).shift()
  }

  _put(item: T): void {
    this._queue.push(item)
  }

  // End of the overridable methods.

  /** Wakes the next waiter (if any) that is not done: cancelled ones are dropped on the way. */
  _wakeup_next(waiters: Future<null>[]): void {
    while (waiters.length > 0) {
      const waiter = waiters.shift()!
      if (!waiter.done()) {
        waiter.set_result(null)
        break
      }
    }
  }

  override __repr__(): string {
    return `<${this.constructor.name} at 0x... ${this._format()}>`
  }

  __str__(): string {
    return `<${this.constructor.name} ${this._format()}>`
  }

  _format(): string {
    let result = `maxsize=${repr(this._maxsize)}`
    if (this._queue.length > 0) result += ` _queue=${repr([...this._queue])}`
    if (this._getters.length > 0) result += ` _getters[${this._getters.length}]`
    if (this._putters.length > 0) result += ` _putters[${this._putters.length}]`
    if (this._unfinished_tasks) result += ` tasks=${this._unfinished_tasks}`
    return result
  }

  qsize(): number {
    return this._queue.length
  }

  get maxsize(): number {
    return this._maxsize
  }

  empty(): boolean {
    return this._queue.length === 0
  }

  /** Never true when maxsize <= 0 (an unbounded queue). */
  full(): boolean {
    if (this._maxsize <= 0) return false
    return this.qsize() >= this._maxsize
  }

  *put(item: T): Coro<void> {
    while (this.full()) {
      const putter = this._get_loop().create_future<null>()
      this._putters.push(putter)
      try {
        yield* putter
      } catch (error) {
        putter.cancel() // Just in case putter is not done yet.
        // The putter may already be gone from the list, taken by a get_nowait().
        removeWaiter(this._putters, putter)
        // Woken by get_nowait() but unable to take the slot: wake the next in line.
        if (!this.full() && !putter.cancelled()) this._wakeup_next(this._putters)
        throw error
      }
    }
    return this.put_nowait(item)
  }

  put_nowait(item: T): void {
    if (this.full()) throw new QueueFull()
    this._put(item)
    this._unfinished_tasks++
    this._finished.clear()
    this._wakeup_next(this._getters)
  }

  *get(): Coro<T> {
    while (this.empty()) {
      const getter = this._get_loop().create_future<null>()
      this._getters.push(getter)
      try {
        yield* getter
      } catch (error) {
        getter.cancel() // Just in case getter is not done yet.
        // The getter may already be gone from the list, taken by a put_nowait().
        removeWaiter(this._getters, getter)
        // Woken by put_nowait() but unable to take the item: wake the next in line.
        if (!this.empty() && !getter.cancelled()) this._wakeup_next(this._getters)
        throw error
      }
    }
    return this.get_nowait()
  }

  get_nowait(): T {
    if (this.empty()) throw new QueueEmpty()
    const item = this._get()
    this._wakeup_next(this._putters)
    return item
  }

  /** Marks one item taken with get() as processed; join() returns when none is left. */
  task_done(): void {
    if (this._unfinished_tasks <= 0) throw new ValueError('task_done() called too many times')
    this._unfinished_tasks--
    if (this._unfinished_tasks === 0) this._finished.set()
  }

  *join(): Coro<void> {
    if (this._unfinished_tasks > 0) yield* this._finished.wait()
  }
}
nameCoroutineMethods(Queue, 'put', 'get', 'join')

/** Retrieves entries in priority order, lowest first: `heapq` over a list. */
export class PriorityQueue<T = unknown> extends Queue<T> {
  override _init(_maxsize: number): void {
    this._queue = []
  }

  override _put(item: T): void {
    heappush(this._queue as T[], item)
  }

  override _get(): T {
    return heappop(this._queue as T[])
  }
}

/** Retrieves the most recently added entry first. */
export class LifoQueue<T = unknown> extends Queue<T> {
  override _init(_maxsize: number): void {
    this._queue = []
  }

  override _get(): T {
    return (this._queue as T[]).pop()!
  }
}

// --- heapq (Lib/heapq.py, which Modules/_heapqmodule.c follows step for step) ------------------

function heappush<T>(heap: T[], item: T): void {
  heap.push(item)
  siftdown(heap, 0, heap.length - 1)
}

function heappop<T>(heap: T[]): T {
  const lastelt = heap.pop()!
  if (heap.length === 0) return lastelt
  const returnitem = heap[0]!
  heap[0] = lastelt
  siftup(heap, 0)
  return returnitem
}

function siftdown<T>(heap: T[], startpos: number, pos: number): void {
  const newitem = heap[pos]!
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1
    const parent = heap[parentpos]!
    if (lessThan(newitem, parent)) {
      heap[pos] = parent
      pos = parentpos
      continue
    }
    break
  }
  heap[pos] = newitem
}

function siftup<T>(heap: T[], pos: number): void {
  const endpos = heap.length
  const startpos = pos
  const newitem = heap[pos]!
  let childpos = 2 * pos + 1
  while (childpos < endpos) {
    const rightpos = childpos + 1
    if (rightpos < endpos && !lessThan(heap[childpos], heap[rightpos])) childpos = rightpos
    heap[pos] = heap[childpos]!
    pos = childpos
    childpos = 2 * pos + 1
  }
  heap[pos] = newitem
  siftdown(heap, startpos, pos)
}

// --- Python's `<` and `==` for the values models put in a PriorityQueue ---------------------------

/** A model's own class can define `__lt__`/`__eq__`, as a Python class would. */
interface Comparable {
  __lt__?(other: unknown): boolean
  __eq__?(other: unknown): boolean
}

function numeric(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof PyFloat) return value.value
  return null
}

function sequence(value: unknown): readonly unknown[] | null {
  if (value instanceof Tuple) return value.items
  if (Array.isArray(value)) return value
  return null
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float'
  if (value instanceof PyFloat) return 'float'
  if (typeof value === 'string') return 'str'
  if (value instanceof Tuple) return 'tuple'
  if (Array.isArray(value)) return 'list'
  if (value instanceof Map) return 'dict'
  if (value instanceof Set) return 'set'
  return (value as object).constructor?.name ?? 'object'
}

/** Python's `a == b`: never raises; objects without `__eq__` compare by identity. */
function equals(a: unknown, b: unknown): boolean {
  if (a === b || (a == null && b == null)) return true
  const x = numeric(a)
  const y = numeric(b)
  if (x !== null || y !== null) return x !== null && y !== null && x === y
  const s = sequence(a)
  const t = sequence(b)
  if (s !== null && t !== null) {
    if (a instanceof Tuple !== b instanceof Tuple || s.length !== t.length) return false
    return s.every((item, i) => equals(item, t[i]))
  }
  const eq = (a as Comparable | null)?.__eq__
  return typeof eq === 'function' ? eq.call(a, b) : false
}

/** Python's `a < b`, or the TypeError Python raises for types that do not order. */
function lessThan(a: unknown, b: unknown): boolean {
  const x = numeric(a)
  const y = numeric(b)
  if (x !== null && y !== null) return x < y
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b) < 0
  const s = sequence(a)
  const t = sequence(b)
  if (s !== null && t !== null && a instanceof Tuple === b instanceof Tuple) {
    // The first items that differ decide; if there are none, the shorter sequence is smaller.
    for (let i = 0; i < s.length && i < t.length; i++) {
      if (!equals(s[i], t[i])) return lessThan(s[i], t[i])
    }
    return s.length < t.length
  }
  const lt = (a as Comparable | null)?.__lt__
  if (typeof lt === 'function') return lt.call(a, b)
  throw new TypeError(`'<' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`)
}

/** Python orders strings by code point; JavaScript's `<` compares UTF-16 units. */
function compareCodePoints(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  for (let i = 0; i < x.length && i < y.length; i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!
    if (d !== 0) return d
  }
  return x.length - y.length
}
