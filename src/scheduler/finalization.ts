/**
 * Finalization: when CPython would finalize an object, and what its finalizer reports.
 *
 * Four finalizers speak to a learner: a Task or Future finished with an exception nobody looked at
 * logs "Task exception was never retrieved"; a Task destroyed while pending logs "Task was
 * destroyed but it is pending!"; a coroutine object that never started warns "coroutine 'f' was
 * never awaited"; a coroutine suspended at an await is closed, so its `finally` blocks run. What
 * matters is *when*: JavaScript has no deterministic finalization, so lifetimes are modelled
 * explicitly, after CPython's reference counting and its cyclic collector.
 *
 * Who holds what:
 * - The program holds every Task and Future it creates until the model calls `del_(x)` where Python
 *   drops its last reference: an expression statement's value (`asyncio.create_task(boom())`,
 *   `say_after(1, 'hi')` without await), `del x`, a coroutine returning (its locals: a model
 *   `del_`s them as its last statement), the end of an `except` block (the exception, and what its
 *   traceback keeps alive). What is never `del_`-ed lives until the interpreter exits. At exit, an
 *   object counts as held by the frame of the task that created it while that task is still
 *   pending (that frame is freed with the task), else by a global.
 * - The scheduler holds what CPython's loop holds: the handles in the ready queue and the timer heap,
 *   their callbacks and arguments. A handle lets go right after it runs (`_run_once` drops it when
 *   it pops the next one), or when `close()` clears the queues. `run_until_complete(coro)` holds
 *   the task it wraps `coro` in until it returns.
 * - A pending task parked on a pending future, and that future, refer to each other (`_fut_waiter`
 *   one way, the wakeup callback the other): a cycle that reference counting never frees.
 *
 * When finalizers run:
 * - Reference counting: the moment neither the program nor the scheduler holds an object (at
 *   `del_`, at a handle's release, when a loop's queues are cleared).
 * - The cyclic collector: only at interpreter exit. CPython also collects when allocation counts
 *   cross a threshold, which a model cannot see: lessons must not depend on it.
 * - Interpreter exit, in the CPython harness's order (`_finalize` in python/asyncio_lessons_harness/
 *   program.py), for a program that ended normally or with an exception (a deadlock or a runaway ends
 *   the process at once): (0) the uncaught exception dies with its traceback; (1) `gc.collect()`;
 *   (2) the module's globals are cleared, in creation order; (3) `gc.collect()` again. Loops the
 *   event-loop policy holds (`get_event_loop()`) are never collected, and neither is what they hold.
 * - A collection lists objects in allocation order and runs CPython's `move_unreachable` over a
 *   schematic graph of the scheduler's objects (loops, tasks, their coroutines, the futures they
 *   wait on, the callback objects a parked task hangs from), so its finalizers run in CPython's order.
 *
 * Warnings follow the `default` filter: once per (category, message, site). A site is the line
 * number a model passes to `del_` (Python's registry is keyed by line), or the place in asyncio or
 * the harness where the last reference dropped; `del_` without a line is never deduplicated.
 *
 * Invariant: an object is finalized at most once.
 */
import { coroName, isCoroutine, isFuture } from './coro.js'
import { BaseException } from './exceptions.js'
import type { Future } from './futures.js'
import type { EventLoop } from './loop.js'
import type { Task } from './tasks.js'
import { type World, world } from './world.js'

/** Where a last reference dropped: a Python line number, a place in asyncio or the harness, or nowhere shared (null). */
export type Site = number | string | null

/** Places in asyncio and the harness where a reference drops (CPython's warning registry keys on them). */
const SITE_HANDLE = 'base_events:_run_once'
const SITE_CLOSE = 'base_events:close'
const SITE_TRACEBACK = 'harness:traceback'
const SITE_COLLECT = 'harness:gc.collect()'
const SITE_GLOBALS = 'harness:globals'
const SITE_COLLECT_AGAIN = 'harness:gc.collect() again'

const TRACEBACK_HOLDS = Symbol('what a traceback keeps alive')

/** A run's finalization state. */
export class FinalizerState {
  /** Allocation clock: CPython's collector lists objects in allocation order. */
  seq = 0
  /** Objects whose last program reference `del_` dropped. */
  readonly released = new WeakSet<object>()
  readonly finalized = new WeakSet<object>()
  /** Futures that received an exception: the only ones whose finalizer can report anything. */
  unretrieved: Future<unknown>[] = []
  pruneAt = 64
  /** The warnings registry: `category|message|site` of every warning shown once. */
  readonly warned = new Set<string>()
}

const states = new WeakMap<World, FinalizerState>()

export function finalizerOf(w: World): FinalizerState {
  let state = states.get(w)
  if (state === undefined) {
    state = new FinalizerState()
    states.set(w, state)
  }
  return state
}

// --- what a model calls ---------------------------------------------------------------------------

/**
 * Python drops its last reference to `obj` here: `del x`, an expression statement's value, a local
 * of a returning helper, the exception at the end of an `except` block. `line` is the Python line
 * (the warnings registry shows a warning once per line); omit it to never deduplicate. A coroutine
 * object given here is one that never started (JavaScript cannot tell); one that ran needs no `del_`.
 * An array stands for a list going away: each item is released (`del_([a, b])` is `del a, b`).
 *
 *     del_(say_after(1, 'hello'))                // say_after(1, "hello")   (no await)
 *     del_(asyncio.create_task(boom()))          // asyncio.create_task(boom())
 *     catch (e) { ...; del_(e) }                 // the except block ends
 */
export function del_(obj: unknown, line?: number): void {
  release(finalizerOf(world()), obj, line ?? null)
}

/** The scheduler's own code drops a reference (a local of `run_until_complete`, say). */
export function releaseReference(obj: unknown, site: Site = null): void {
  release(finalizerOf(world()), obj, site)
}

/** The traceback of `error` keeps `objects` alive (the locals of the frames it passed through). */
export function holdInTraceback(error: unknown, ...objects: unknown[]): void {
  if (!(error instanceof BaseException)) return
  const holder = error as { [TRACEBACK_HOLDS]?: unknown[] }
  ;(holder[TRACEBACK_HOLDS] ??= []).push(...objects)
}

// --- hooks for the scheduler --------------------------------------------------------------------

/** `set_exception` happened: the future's finalizer will log unless someone retrieves it. */
export function noteUnretrieved(fut: Future<unknown>): void {
  const state = finalizerOf(fut._loop._world)
  if (state.unretrieved.length >= state.pruneAt) {
    state.unretrieved = state.unretrieved.filter((u) => u._log_traceback && !state.finalized.has(u))
    state.pruneAt = Math.max(64, 2 * state.unretrieved.length)
  }
  state.unretrieved.push(fut)
  if (!heldByProgram(state, fut)) watch(fut)
}

/** After a handle ran (and was dropped): free what only it held. */
export function afterHandle(loop: EventLoop): void {
  const watched = loop._gc_watched
  if (watched === null) return
  loop._gc_watched = null
  const state = finalizerOf(loop._world)
  for (const fut of watched) tryFree(state, fut, SITE_HANDLE)
}

/**
 * `loop.close()` clears the queues: every handle is dropped, so a released task that was only
 * scheduled (not parked in a cycle) is destroyed now, in queue order.
 */
export function clearQueues(loop: EventLoop): void {
  const state = finalizerOf(loop._world)
  const dropped = [...loop._ready]
  loop._ready.clear()
  loop._scheduled.clear()
  if (dropped.length > 0) {
    for (const handle of dropped) {
      const task = taskOfHandle(handle)
      if (task !== undefined && !heldByProgram(state, task) && !task.done() && !inCycle(task)) {
        freeTask(state, task, SITE_CLOSE)
      }
    }
  }
  const watched = loop._gc_watched
  loop._gc_watched = null
  for (const fut of watched ?? []) tryFree(state, fut, SITE_CLOSE)
}

/** The program ended with `error` uncaught: it dies with its traceback (before the harness's atexit). */
export function releaseUncaught(w: World, error: unknown): void {
  release(finalizerOf(w), error, SITE_TRACEBACK)
}

/** Interpreter exit: the collector, the module's globals, the collector again. */
export function finalizeAtExit(w: World): void {
  const state = finalizerOf(w)
  const graph = new Graph(w, state)
  const first = collect(graph.nodes(), (obj) => graph.isRoot(obj, true), (obj) => graph.referents(obj))
  finalizeGarbage(state, graph, first.garbage, SITE_COLLECT)
  clearGlobals(w, state)
  const again = collect(first.survivors, (obj) => graph.isRoot(obj, false), (obj) => graph.referents(obj))
  finalizeGarbage(state, graph, again.garbage, SITE_COLLECT_AGAIN)
}

// --- reference counting -------------------------------------------------------------------------

function release(state: FinalizerState, obj: unknown, site: Site): void {
  if (typeof obj !== 'object' || obj === null) return
  if (Array.isArray(obj)) {
    for (const item of obj) release(state, item, site)
  } else if (obj instanceof BaseException) {
    const holder = obj as { [TRACEBACK_HOLDS]?: unknown[] }
    const held = holder[TRACEBACK_HOLDS]
    delete holder[TRACEBACK_HOLDS]
    for (const item of held ?? []) release(state, item, site)
  } else if (isFuture(obj)) {
    state.released.add(obj)
    tryFree(state, obj, site)
  } else if (isCoroutine(obj)) {
    finalizeCoroutine(state, obj, site, null)
  } else {
    // A loop, or anything else: it is in a cycle, or has no finalizer a learner sees.
    state.released.add(obj)
  }
}

/** Frees a future the program no longer holds, unless the scheduler still does. */
function tryFree(state: FinalizerState, fut: Future<unknown>, site: Site): void {
  if (state.finalized.has(fut)) return
  if (isTask(fut) && !fut.done()) {
    // Parked: a cycle, left to the collector. Scheduled: the ready queue holds it. Neither (its
    // loop was closed): nothing does.
    if (!inCycle(fut) && !queued(fut)) freeTask(state, fut, site)
    return
  }
  if (!fut._log_traceback) return
  if (queued(fut)) {
    watch(fut)
    return
  }
  if (isTask(fut)) freeTask(state, fut, site)
  else finalizeFuture(fut)
  state.finalized.add(fut)
}

function watch(fut: Future<unknown>): void {
  const loop = fut._loop
  const watched = (loop._gc_watched ??= [])
  if (!watched.includes(fut)) watched.push(fut)
}

/**
 * Where a held object sits: in the frame of the task that created it while that task runs (a cycle
 * the collector frees with the task), else in a global. A model `del_`s what a frame drops sooner.
 */
function heldByGlobals(obj: Future<unknown>): boolean {
  const holder = obj._holder
  return holder === null || holder.done()
}

/** Whether the program still holds `obj`: it was not `del_`-ed. */
function heldByProgram(state: FinalizerState, obj: Future<unknown>): boolean {
  return !state.released.has(obj)
}

/** A task destroyed by reference counting: its finalizer, then its coroutine's (released with it). */
function freeTask(state: FinalizerState, task: Task<unknown>, site: Site): void {
  if (state.finalized.has(task)) return
  finalizeFuture(task)
  state.finalized.add(task)
  finalizeCoroutine(state, task._coro, site, task)
}

/** The task a queued handle steps or wakes (tasks.ts: TaskStepHandle, TaskWakeupHandle), if any. */
function taskOfHandle(handle: object): Task<unknown> | undefined {
  const h = handle as { readonly _steps?: Task<unknown>; readonly _wakes?: Task<unknown> }
  return h._steps ?? h._wakes
}

/** Whether a queued handle holds `fut`: as an argument, or as the task its callback steps. */
function queued(fut: Future<unknown>): boolean {
  const loop = fut._loop
  const task = isTask(fut) ? fut : null
  for (const queue of [loop._ready, loop._scheduled]) {
    for (const handle of queue) {
      if (handle._args.includes(fut)) return true
      if (task !== null && taskOfHandle(handle) === task) return true
    }
  }
  return false
}

/**
 * A pending task parked on a pending future, or awaited by a parked task, sits in a reference cycle
 * (once the future is done its callbacks are queued handles, and the cycle is broken).
 */
function inCycle(task: Task<unknown>): boolean {
  const waiter = task._fut_waiter
  return (waiter !== null && !waiter.done()) || callbacksOf(task).length > 0
}

function callbacksOf(fut: Future<unknown>): readonly unknown[] {
  const callbacks = fut._callbacks
  if (callbacks === null) return []
  return Array.isArray(callbacks) ? callbacks : [callbacks]
}

// --- the finalizers themselves ------------------------------------------------------------------

/** `TaskObj_finalize` and `FutureObj_finalize`: what they send to the loop's exception handler. */
function finalizeFuture(fut: Future<unknown>): void {
  const loop = fut._loop
  if (isTask(fut) && !fut.done() && fut._log_destroy_pending) {
    loop.call_exception_handler({ message: 'Task was destroyed but it is pending!', task: fut })
  }
  if (fut._log_traceback && fut._exception !== null) {
    fut._log_traceback = false
    const type = (fut as unknown as { _className(): string })._className()
    loop.call_exception_handler({ message: `${type} exception was never retrieved`, exception: fut._exception, future: fut })
  }
}

/**
 * `_PyGen_Finalize` for a coroutine: one that never started warns, one suspended at an await is
 * closed (its `finally` blocks run; an exception or an await there is only an unraisable report,
 * which the trace does not record), one that finished has nothing to do. `task` is the task that
 * ran it, if any: otherwise a coroutine a model drops is one that never started.
 */
function finalizeCoroutine(state: FinalizerState, coro: object, site: Site, task: Task<unknown> | null): void {
  if (state.finalized.has(coro)) return
  state.finalized.add(coro)
  const sleep = coro as { _delay?: number; _started?: boolean }
  const started = task !== null ? taskStarted(task) : sleep._delay !== undefined ? sleep._started === true : false
  if (!started) {
    warn(state, 'RuntimeWarning', `coroutine '${coroName(coro)}' was never awaited`, site)
    return
  }
  if (task !== null && task.done()) return
  const generator = coro as Generator<unknown, unknown, unknown>
  if (sleep._delay !== undefined) return
  try {
    generator.return(undefined)
  } catch (error) {
    if (!(error instanceof BaseException)) throw error
  }
}

function taskStarted(task: Task<unknown>): boolean {
  return (task as unknown as { _started: boolean })._started
}

/** `warnings.warn` under the default filter: once per (category, message, site). */
export function warn(state: FinalizerState, category: string, message: string, site: Site): void {
  if (site !== null) {
    const key = `${category}|${message}|${site}`
    if (state.warned.has(key)) return
    state.warned.add(key)
  }
  world().warn(category, message)
}

// --- interpreter exit ---------------------------------------------------------------------------

/** Phase 2: the module's globals go, in creation order; what only they held is freed now. */
function clearGlobals(w: World, state: FinalizerState): void {
  const globals: Future<unknown>[] = []
  for (const loop of w.loops) for (const task of loop._tasks) if (heldByGlobals(task)) globals.push(task)
  for (const fut of state.unretrieved) if (heldByGlobals(fut) && !globals.includes(fut)) globals.push(fut)
  globals.sort((a, b) => a._seq - b._seq)
  for (const obj of globals) {
    if (state.released.has(obj) || state.finalized.has(obj)) continue
    state.released.add(obj)
    if (isTask(obj) && !obj.done()) {
      if (!inCycle(obj) && !queued(obj)) freeTask(state, obj, SITE_GLOBALS)
    } else {
      tryFree(state, obj, SITE_GLOBALS)
    }
  }
}

/** A collection's finalizers, in list order; a loop's (`BaseEventLoop.__del__`) closes it. */
function finalizeGarbage(state: FinalizerState, graph: Graph, garbage: readonly object[], site: Site): void {
  for (const obj of garbage) {
    if (state.finalized.has(obj)) continue
    if (obj instanceof Wrapper) continue
    if (isLoop(obj)) {
      state.finalized.add(obj)
      if (!obj.is_closed() && !obj.is_running()) obj.close()
    } else if (isFuture(obj)) {
      state.finalized.add(obj)
      finalizeFuture(obj)
    } else {
      finalizeCoroutine(state, obj, site, graph.taskOfCoro.get(obj) ?? null)
    }
  }
}

/**
 * The object a C task allocates each time it parks or is scheduled (`task_wakeup` or
 * `TaskStepMethWrapper`): what a future's callbacks or a queued handle hold the task through.
 */
class Wrapper {
  constructor(
    readonly task: Task<unknown>,
    readonly seq: number,
  ) {}
}

/** The scheduler's objects at exit, as CPython's collector would traverse them. */
class Graph {
  private readonly seqs = new Map<object, number>()
  private readonly wrappers = new Map<Task<unknown>, Wrapper>()
  /** Gather children → their outer future (the children's done-callback closure holds it). */
  private readonly gatherOf = new Map<object, object[]>()
  /** A pending task → what its coroutine's frame holds. */
  private readonly frameHolds = new Map<Task<unknown>, Future<unknown>[]>()
  private readonly policyLoops = new Set<object>()
  readonly taskOfCoro = new Map<object, Task<unknown>>()

  constructor(
    w: World,
    private readonly state: FinalizerState,
  ) {
    // Threads still alive at exit (daemons) are never unwound: their loops stay held.
    for (const thread of [w.mainThread, w.currentThread, ...w.threads.filter((t) => t.state !== 'done')]) {
      if (thread.eventLoop !== null) this.policyLoops.add(thread.eventLoop)
      if (thread.runningLoop !== null) this.policyLoops.add(thread.runningLoop)
    }
    for (const loop of w.loops) {
      this.seqs.set(loop, loop._seq)
      for (const task of loop._tasks) this.addTask(task)
    }
  }

  /** Every object of the graph, in allocation order. */
  nodes(): object[] {
    return [...this.seqs].sort((a, b) => a[1] - b[1]).map((entry) => entry[0])
  }

  /** Held from outside the graph: a loop the program or the policy holds, a global. */
  isRoot(obj: object, programAlive: boolean): boolean {
    if (this.policyLoops.has(obj)) return true
    if (!programAlive) return false
    if (isLoop(obj)) return !this.state.released.has(obj)
    if (isFuture(obj)) return heldByGlobals(obj) && !this.state.released.has(obj)
    return false
  }

  /** What `obj` refers to, in the order CPython's `tp_traverse` visits it. */
  referents(obj: object): object[] {
    const out: object[] = []
    const add = (x: unknown): void => {
      if (typeof x === 'object' && x !== null && this.seqs.has(x)) out.push(x)
    }
    if (obj instanceof Wrapper) {
      add(obj.task)
    } else if (isLoop(obj)) {
      for (const handle of obj._ready) {
        const task = taskOfHandle(handle)
        if (task !== undefined) add(this.wrappers.get(task))
        for (const arg of handle._args) add(arg)
      }
      for (const timer of obj._scheduled) for (const arg of timer._args) add(arg)
    } else if (isFutureLike(obj)) {
      if (isTask(obj)) {
        add(obj._coro)
        add(obj._fut_waiter)
      }
      add(obj._loop)
      // A parked task is its own entry in the callbacks of the future it waits on (futures.ts).
      for (const cb of callbacksOf(obj)) {
        const entry = cb as Future<unknown>
        if (typeof cb === 'object' && cb !== null && isTask(entry)) add(this.wrappers.get(entry))
      }
      for (const outer of this.gatherOf.get(obj) ?? []) add(outer)
      for (const child of (obj as { _children?: unknown[] })._children ?? []) add(child)
    } else {
      // A coroutine: its frame holds what it awaits and its locals.
      const task = this.taskOfCoro.get(obj)
      if (task !== undefined) {
        add(task._fut_waiter)
        for (const held of this.frameHolds.get(task) ?? []) add(held)
      }
    }
    return out
  }

  private addTask(task: Task<unknown>): void {
    if (this.seqs.has(task)) return
    this.seqs.set(task, task._seq)
    // `create_task(f())`: the coroutine object was allocated just before its task.
    this.seqs.set(task._coro, task._seq - 0.5)
    this.taskOfCoro.set(task._coro, task)
    const wrapper = new Wrapper(task, task._park_seq + 0.25)
    this.wrappers.set(task, wrapper)
    this.seqs.set(wrapper, wrapper.seq)
    const holder = task._holder
    if (holder !== null && !holder.done() && !this.state.released.has(task)) {
      let held = this.frameHolds.get(holder)
      if (held === undefined) this.frameHolds.set(holder, (held = []))
      held.push(task)
    }
    const waiter = task._fut_waiter
    if (waiter !== null) this.addFuture(waiter)
  }

  private addFuture(fut: Future<unknown>): void {
    if (this.seqs.has(fut)) return
    if (isTask(fut)) {
      this.addTask(fut)
      return
    }
    this.seqs.set(fut, fut._seq)
    const children = (fut as { _children?: Future<unknown>[] })._children
    for (const child of children ?? []) {
      let outers = this.gatherOf.get(child)
      if (outers === undefined) this.gatherOf.set(child, (outers = []))
      outers.push(fut)
      this.addFuture(child)
    }
  }
}

/**
 * CPython's `move_unreachable` (gcmodule.c) over a list in allocation order: a reachable object's
 * referents are marked reachable where they stand, or moved back to the end of the list if the
 * scan already passed them. What is left unreachable is garbage, in list order; the survivors keep
 * the order the scan left them in, which the next collection starts from.
 */
export function collect<T>(
  list: readonly T[],
  isRoot: (obj: T) => boolean,
  referents: (obj: T) => readonly T[],
): { garbage: T[]; survivors: T[] } {
  const id = new Map<T, number>()
  list.forEach((obj, i) => id.set(obj, i))
  const REACHABLE = 1
  const UNREACHABLE = 2
  const state = new Uint8Array(list.length)
  // Where each object stands in `young` now: moving one back appends it and leaves a stale slot.
  const position = new Int32Array(list.length)
  const young: number[] = []
  for (let i = 0; i < list.length; i++) {
    young.push(i)
    position[i] = i
    if (isRoot(list[i]!)) state[i] = REACHABLE
  }
  const unreachable: number[] = []
  for (let at = 0; at < young.length; at++) {
    const i = young[at]!
    if (position[i] !== at) continue
    if (state[i] !== REACHABLE) {
      state[i] = UNREACHABLE
      unreachable.push(i)
      continue
    }
    for (const ref of referents(list[i]!)) {
      const j = id.get(ref)
      if (j === undefined || state[j] === REACHABLE) continue
      if (state[j] === UNREACHABLE) {
        position[j] = young.length
        young.push(j)
      }
      state[j] = REACHABLE
    }
  }
  const garbage = unreachable.filter((i) => state[i] === UNREACHABLE).map((i) => list[i]!)
  const survivors = young.filter((i, at) => position[i] === at && state[i] === REACHABLE).map((i) => list[i]!)
  return { garbage, survivors }
}

function isTask(obj: Future<unknown>): obj is Task<unknown> {
  return '_coro' in obj
}

/** A Future, or the Future inside a scheduler coroutine (`asyncio.sleep`'s). */
function isFutureLike(obj: object): obj is Future<unknown> {
  return '_state' in obj && '_callbacks' in obj
}

function isLoop(obj: object): obj is EventLoop {
  return '_ready' in obj && '_scheduled' in obj
}

