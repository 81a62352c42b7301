/**
 * Runs a model program in a fresh world and returns its trace.
 *
 * A program is the model's module body: a generator that yields only when its thread blocks
 * (`yield* asyncio.run(main())`, `yield* time.sleep(1)`). The world's thread scheduler
 * (thread-scheduler.ts) runs it and every thread it starts, and answers each block on the virtual
 * clock. A deadlock or a spent budget ends the run where it stands: the program's generator is
 * simply never resumed, so no `finally` runs, just as the CPython harness exits at once.
 */
import type { Blocking } from './coro.js'
import './loop.js'
import { finalizeAtExit } from './finalization.js'
import { runThreads } from './thread-scheduler.js'
import type { Trace } from './trace.js'
import { World, type WorldOptions, enterWorld, leaveWorld } from './world.js'

/** A model's module body. */
export type Program = () => Blocking<unknown>

export function runProgram(program: Program, options: WorldOptions = {}): Trace {
  const w = new World(options)
  enterWorld(w)
  try {
    const outcome = runThreads(w, program())
    // The interpreter's exit collects what is left; a deadlock or a runaway ends the process at once.
    if (outcome.kind === 'ok' || outcome.kind === 'exception') finalizeAtExit(w)
    w.flushOutput()
    return { engine: 'embedded', events: w.events, outcome }
  } finally {
    leaveWorld()
  }
}
