/**
 * One loop iteration as an IterationEvent (trace.ts): the handles `_run_once` is about to run and
 * the timers it leaves waiting, named as the CPython harness names them (its `iteration.py`).
 *
 * Recorded only when the world asks (`recordIterations`): it walks the whole ready queue and sorts
 * the whole timer heap, so a loop with a million timers pays for it on every iteration. It only
 * reads: nothing here may change what the loop does next.
 *
 * Naming rules, shared with the harness:
 * - A task's step or wakeup handle is `step` of that task.
 * - A `_set_result_unless_cancelled(fut, ...)` handle or timer whose future a task waits on (its
 *   wakeup is among the future's callbacks) is an `asyncio.sleep` timer: `sleep-done` / `sleep`.
 * - Any other callback goes by its qualified name without `<locals>` parts (`print`,
 *   `_done_callback`, `Future.set_result`, `<lambda>`).
 * - Cancelled handles and timers are left out.
 */
import { type Callback, type Handle, type Timer, callbackName } from './events.js'
import { Future, _set_result_unless_cancelled } from './futures.js'
import type { EventLoop } from './loop.js'
import { Task, TaskStepHandle, TaskWakeupHandle } from './tasks.js'
import type { ReadyItem, TimerItem } from './trace.js'

/** Records the iteration `loop` is about to run (its ready queue, after due timers moved there). */
export function recordIteration(loop: EventLoop): void {
  const ready: ReadyItem[] = []
  for (const handle of loop._ready) {
    if (!handle._cancelled) ready.push(readyItem(handle))
  }
  const timers: TimerItem[] = []
  for (const { when, item } of loop._scheduled.sorted()) {
    if (!item._cancelled) timers.push(timerItem(when, item))
  }
  loop._world.iteration(ready, timers)
}

function readyItem(handle: Handle): ReadyItem {
  if (handle instanceof TaskStepHandle) return { kind: 'step', task: handle._steps.get_name() }
  if (handle instanceof TaskWakeupHandle) return { kind: 'step', task: handle._wakes.get_name() }
  const sleeper = sleepingTask(handle._callback, handle._args)
  if (sleeper !== null) return { kind: 'sleep-done', task: sleeper.get_name() }
  return { kind: 'callback', name: pythonName(handle._callback) }
}

function timerItem(when: number, timer: Timer): TimerItem {
  const sleeper = sleepingTask(timer._callback, timer._args)
  if (sleeper !== null) return { kind: 'sleep', when, task: sleeper.get_name() }
  return { kind: 'callback', when, name: pythonName(timer._callback) }
}

/** The task an `asyncio.sleep` timer will wake, or null when the callback is not one. */
function sleepingTask(callback: Callback, args: readonly unknown[]): Task<unknown> | null {
  if (callback !== _set_result_unless_cancelled) return null
  const fut = args[0]
  if (!(fut instanceof Future)) return null
  const callbacks = fut._callbacks
  if (callbacks === null) return null
  for (const entry of Array.isArray(callbacks) ? callbacks : [callbacks]) {
    if (entry instanceof Task) return entry
  }
  return null
}

/** A callback's `__qualname__` with its `<locals>` parts dropped (`gather.<locals>._done_callback` → `_done_callback`). */
function pythonName(callback: Callback): string {
  const name = callbackName(callback)
  const local = name.lastIndexOf('<locals>.')
  return local < 0 ? name : name.slice(local + '<locals>.'.length)
}
