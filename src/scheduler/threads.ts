/**
 * Python's `threading` module, as far as lessons need it: `Thread`, `current_thread`,
 * `main_thread`, `active_count`, `enumerate`, `Event`, `Lock`.
 *
 * Invariants:
 * - A Thread is a Python object over a world thread (`SimThread`), which the world's thread
 *   scheduler runs (thread-scheduler.ts states the scheduling rule). The SimThread exists from
 *   `start()` on; the main thread's Python object is made on first use.
 * - Every call that can switch threads is a generator (`yield* t.start()`, `yield* t.join()`,
 *   `yield* ev.wait()`): a thread switch happens only there, never in plain calls. A call that
 *   cannot block (`join(0)`, `wait(0)`, `wait()` on a set event) yields nothing, as CPython's
 *   non-blocking lock acquisition keeps the GIL.
 * - A target may be a plain function or a generator function (code that blocks: `time.sleep`,
 *   `loop.run_forever`); the thread drives what the target returns when it is a generator.
 * - Names are CPython 3.11's: `Thread-N (target)` where N counts only threads named by default.
 */
import { type BlockReply, type Blocking, isGeneratorObject } from './coro.js'
import { RuntimeError, ValueError } from './exceptions.js'
import { SimThread, world } from './world.js'

export interface ThreadOptions {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly target?: ((...args: any[]) => unknown) | null
  readonly name?: string | null
  readonly args?: readonly unknown[]
  readonly daemon?: boolean | null
}

const pythonThreads = new WeakMap<SimThread, Thread>()

export class Thread {
  _name: string
  _daemonic: boolean
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private _target: ((...args: any[]) => unknown) | null
  private _args: readonly unknown[]
  /** The world thread, from `start()` on (or the main thread's, for `_MainThread`). */
  _sim: SimThread | null = null

  constructor(options: ThreadOptions = {}) {
    const w = world()
    const target = options.target ?? null
    if (options.name) {
      this._name = String(options.name)
    } else {
      this._name = `Thread-${++w.threadNameCounter}`
      if (target !== null && target.name !== '') this._name += ` (${target.name})`
    }
    this._target = target
    this._args = options.args ?? []
    this._daemonic = options.daemon ?? current_thread().daemon
  }

  get name(): string {
    return this._name
  }

  set name(value: string) {
    this._name = String(value)
    if (this._sim !== null) this._sim.name = this._name
  }

  getName(): string {
    return this._name
  }

  get daemon(): boolean {
    return this._daemonic
  }

  set daemon(value: boolean) {
    if (this._sim !== null) throw new RuntimeError('cannot set daemon status of active thread')
    this._daemonic = value
  }

  isDaemon(): boolean {
    return this._daemonic
  }

  /** `Thread.start()`: the new thread runs until it first blocks, then the caller goes on. */
  *start(): Blocking<void> {
    if (this._sim !== null) throw new RuntimeError('threads can only be started once')
    const w = world()
    const sim = new SimThread(this._name, this._daemonic)
    sim.body = this._bootstrap()
    sim.wakeAt = w.now
    sim.stamp = w.nextWakeStamp()
    this._sim = sim
    pythonThreads.set(sim, this)
    w.threads.push(sim)
    // `self._started.wait()`: the new thread notifies it when it first runs.
    yield { kind: 'wait', channel: sim.startChannel, until: null, what: 'start' }
  }

  /** `Thread.run()`: calls the target. A subclass may override it (a generator if it blocks). */
  run(): unknown {
    const target = this._target
    this._target = null
    return target === null ? undefined : target(...this._args)
  }

  private *_bootstrap(): Blocking<void> {
    const result = this.run()
    if (isGeneratorObject(result)) yield* result
  }

  /** `Thread.join(timeout=None)`: waits for the thread to end, or for `timeout` seconds. */
  *join(timeout: number | null = null): Blocking<void> {
    const sim = this._sim
    if (sim === null) throw new RuntimeError('cannot join thread before it is started')
    const w = world()
    if (sim === w.currentThread) throw new RuntimeError('cannot join current thread')
    if (timeout !== null && Number.isNaN(timeout)) throw new ValueError('Invalid value NaN (not a number)')
    if (sim.state === 'done' || (timeout !== null && timeout <= 0)) return
    yield { kind: 'wait', channel: sim.endChannel, until: timeout === null ? null : w.now + timeout, what: `join ${this._name}` }
  }

  is_alive(): boolean {
    return this._sim !== null && this._sim.state !== 'done'
  }

  __repr__(): string {
    // CPython adds the OS thread id to a started thread's repr; the simulation has none to show.
    const status = this._sim === null ? 'initial' : this._sim.state === 'done' ? 'stopped' : 'started'
    return `<${this.constructor.name}(${this._name}, ${status}${this._daemonic ? ' daemon' : ''})>`
  }
}

/** `threading._MainThread`. */
class _MainThread extends Thread {
  constructor(sim: SimThread) {
    super({ name: 'MainThread', daemon: false })
    this._sim = sim
  }
}

function pythonThread(sim: SimThread): Thread {
  let thread = pythonThreads.get(sim)
  if (thread === undefined) {
    // Only the main thread exists without a Thread object: every other one was started from one.
    thread = new _MainThread(sim)
    pythonThreads.set(sim, thread)
  }
  return thread
}

/** `threading.current_thread()`. */
export function current_thread(): Thread {
  return pythonThread(world().currentThread)
}

/** `threading.main_thread()`. */
export function main_thread(): Thread {
  return pythonThread(world().mainThread)
}

/** `threading.enumerate()`: the live threads, main first, then in start order. */
export function enumerate(): Thread[] {
  return world()
    .threads.filter((sim) => sim.state !== 'done' || sim === world().mainThread)
    .map(pythonThread)
}

/** `threading.active_count()`. */
export function active_count(): number {
  return enumerate().length
}

/** `threading.Event`: a flag threads wait on. */
export class Event {
  private _flag = false

  is_set(): boolean {
    return this._flag
  }

  set(): void {
    this._flag = true
    world().notify(this)
  }

  clear(): void {
    this._flag = false
  }

  /** Returns the flag, or true when woken by `set()` even if cleared since, as CPython does. */
  *wait(timeout: number | null = null): Blocking<boolean> {
    if (this._flag) return true
    if (timeout !== null && timeout <= 0) return false
    const w = world()
    const reply = (yield { kind: 'wait', channel: this, until: timeout === null ? null : w.now + timeout, what: 'Event.wait' }) as BlockReply
    return reply.value === true
  }
}

/**
 * `threading.Lock`. A blocked `acquire` waits for a `release`, which wakes the longest waiter; the
 * releasing thread goes on and may take the lock again before the waiter runs (CPython's locks
 * are not fair either), in which case the waiter waits again until its deadline.
 */
export class Lock {
  private _locked = false

  locked(): boolean {
    return this._locked
  }

  /** `acquire(blocking=True, timeout=-1)`: true once held, false when not blocking or timed out. */
  *acquire(blocking = true, timeout = -1): Blocking<boolean> {
    if (!blocking && timeout !== -1) throw new ValueError("can't specify a timeout for a non-blocking call")
    if (timeout < 0 && timeout !== -1) throw new ValueError('timeout value must be a non-negative number')
    if (!this._locked) {
      this._locked = true
      return true
    }
    if (!blocking || timeout === 0) return false
    const w = world()
    const until = timeout === -1 ? null : w.now + timeout
    for (;;) {
      const reply = (yield { kind: 'wait', channel: this, until, what: 'Lock.acquire' }) as BlockReply
      if (!this._locked) {
        this._locked = true
        return true
      }
      if (reply.value !== true) return false
    }
  }

  release(): void {
    if (!this._locked) throw new RuntimeError('release unlocked lock')
    this._locked = false
    world().notify(this, 1)
  }
}
