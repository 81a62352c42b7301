/**
 * Which loop belongs to which thread: `asyncio.events`' module functions and the default policy.
 *
 * The loop class registers itself as the policy's factory (`setLoopFactory`), so this module, and
 * the futures that call it, never import the loop and no import cycle reaches `class Task extends Future`.
 */
import { RuntimeError } from './exceptions.js'
import type { EventLoop } from './loop.js'
import { world } from './world.js'

let loopFactory: (() => EventLoop) | null = null

export function setLoopFactory(factory: () => EventLoop): void {
  loopFactory = factory
}

/** `asyncio.new_event_loop()`. */
export function new_event_loop(): EventLoop {
  if (loopFactory === null) throw new Error('asyncio-lessons: the event loop module was not loaded')
  return loopFactory()
}

/** `asyncio._get_running_loop()`: the running loop of this thread, or null. */
export function _get_running_loop(): EventLoop | null {
  return world().currentThread.runningLoop
}

/** `asyncio.get_running_loop()`. */
export function get_running_loop(): EventLoop {
  const loop = world().currentThread.runningLoop
  if (loop === null) throw new RuntimeError('no running event loop')
  return loop
}

/**
 * `asyncio.get_event_loop()` as 3.11 has it: the running loop, else the thread's current loop,
 * created on first use in the main thread unless `set_event_loop` was ever called there.
 */
export function get_event_loop(): EventLoop {
  const w = world()
  const thread = w.currentThread
  if (thread.runningLoop !== null) return thread.runningLoop
  if (thread.eventLoop === null && !thread.eventLoopSet && thread === w.mainThread) {
    set_event_loop(new_event_loop())
  }
  if (thread.eventLoop === null) {
    throw new RuntimeError(`There is no current event loop in thread '${thread.name}'.`)
  }
  return thread.eventLoop
}

/** `asyncio.set_event_loop(loop)`. */
export function set_event_loop(loop: EventLoop | null): void {
  const thread = world().currentThread
  thread.eventLoopSet = true
  thread.eventLoop = loop
}
