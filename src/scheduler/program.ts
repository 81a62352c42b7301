/**
 * Runs a model program in a fresh world and returns its trace.
 *
 * A program is the model's module body: a generator that yields only when its thread blocks
 * (`yield* asyncio.run(main())`, `yield* time.sleep(1)`). The world answers each block on the
 * virtual clock. A deadlock or a spent budget ends the run where it stands: the program's generator
 * is simply never resumed, so no `finally` runs, just as the CPython harness exits at once.
 */
import type { BlockReply, Blocking, ThreadBlock } from './coro.js'
import { BaseException, SystemExit, formatExceptionOnly } from './exceptions.js'
import { _GatheringFuture } from './gather.js'
import type { Future } from './futures.js'
import type { EventLoop } from './loop.js'
import './loop.js'
import { coroName } from './coro.js'
import { finalizeAtExit, releaseUncaught } from './finalization.js'
import { Task } from './tasks.js'
import type { Outcome, StuckTask, Trace } from './trace.js'
import { World, type WorldOptions, enterWorld, leaveWorld } from './world.js'

/** A model's module body. */
export type Program = () => Blocking<unknown>

export function runProgram(program: Program, options: WorldOptions = {}): Trace {
  const w = new World(options)
  enterWorld(w)
  try {
    const outcome = drive(w, program())
    // The interpreter's exit collects what is left; a deadlock or a runaway ends the process at once.
    if (outcome.kind === 'ok' || outcome.kind === 'exception') finalizeAtExit(w)
    w.flushOutput()
    return { engine: 'embedded', events: w.events, outcome }
  } finally {
    leaveWorld()
  }
}

function drive(w: World, body: Blocking<unknown>): Outcome {
  let reply: BlockReply = {}
  try {
    for (;;) {
      const step = body.next(reply)
      if (step.done) return { kind: 'ok' }
      const stop = answer(w, step.value)
      if (stop !== null) return stop
      reply = {}
    }
  } catch (error) {
    if (w.modelError !== undefined) throw w.modelError
    releaseUncaught(w, error)
    if (error instanceof SystemExit && (error.args[0] === undefined || error.args[0] === 0 || error.args[0] === null)) {
      return { kind: 'ok' }
    }
    if (error instanceof BaseException) {
      return { kind: 'exception', t: w.now, type: error.name, line: formatExceptionOnly(error) }
    }
    throw error
  }
}

/** The world's answer to a thread block: move the clock, or end the run. */
function answer(w: World, block: ThreadBlock): Outcome | null {
  switch (block.kind) {
    case 'sleep':
      w.advanceTo(w.now + block.seconds)
      return null
    case 'idle':
      // With one thread, nothing outside the loop can ever wake it.
      if (block.until === null) return { kind: 'deadlock', t: w.now, stuck: stuckTasks(w.loops) }
      w.advanceTo(block.until)
      return null
    case 'model-error':
      throw w.modelError
    case 'budget-exhausted':
      return { kind: 'runaway', t: w.now, iterations: w.maxIterations }
  }
}

function stuckTasks(loops: readonly EventLoop[]): StuckTask[] {
  return loops
    .filter((loop) => loop.is_running())
    .flatMap((loop) => [...loop._tasks])
    .map((task) => ({ task: task.get_name(), coro: coroName(task.get_coro()), waitsOn: describeWaiter(task._fut_waiter) }))
    .sort((a, b) => compareTaskNames(a.task, b.task))
}

/** The harness's report order (`all_tasks()` is unordered): `Task-N` by N, then other names by code point. */
function compareTaskNames(a: string, b: string): number {
  const n = /^Task-(\d+)$/.exec(a)
  const m = /^Task-(\d+)$/.exec(b)
  if (n !== null && m !== null) return Number(n[1]) - Number(m[1])
  if (n !== null || m !== null) return n !== null ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** How a deadlock report names what a task waits on (the CPython harness uses the same words). */
function describeWaiter(waiter: Future<unknown> | null): string {
  if (waiter === null) return 'nothing'
  if (waiter instanceof Task) return waiter.get_name()
  if (waiter instanceof _GatheringFuture) return 'gather'
  return 'Future'
}
