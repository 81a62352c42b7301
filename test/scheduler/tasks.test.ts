import { describe, expect, it } from 'vitest'
import {
  type Coro,
  RecursionError,
  RuntimeError,
  ValueError,
  async_def,
  asyncio,
  print,
  program,
} from '../../src/scheduler/python.js'
import type { Handle } from '../../src/scheduler/events.js'
import type { EventLoop } from '../../src/scheduler/loop.js'
import { runProgram } from '../../src/scheduler/program.js'
import type { Task } from '../../src/scheduler/tasks.js'
import type { Trace } from '../../src/scheduler/trace.js'
import type { WorldOptions } from '../../src/scheduler/world.js'

function outputOf(trace: Trace): string[] {
  return trace.events.flatMap((e) => (e.kind === 'output' ? [e.text] : []))
}

function run(main: () => Coro<unknown>, options: WorldOptions = {}): Trace {
  return runProgram(program(function* () {
    yield* asyncio.run(main())
  }), options)
}

const nap = async_def(function* nap(delay: number) {
  yield* asyncio.sleep(delay)
  return delay
})

/**
 * Checks, before every handle the loop runs, that each unfinished task is in exactly one state:
 * scheduled to step (its `__step` is in the ready queue), or waiting on its `_fut_waiter` (its wakeup
 * registered on that future, or already queued by it). Returns the violations found.
 */
function watchTaskStates(loop: EventLoop): { checks: number; violations: string[] } {
  const report = { checks: 0, violations: [] as string[] }
  const ready = loop._ready
  const shift = ready.shift.bind(ready)
  ready.shift = (): Handle => {
    report.checks++
    const queued = [...ready].filter((h) => !h._cancelled)
    for (const task of loop._tasks as Set<Task<unknown>>) {
      const steps = queued.filter((h) => (h as { _steps?: unknown })._steps === task).length
      const wakeups = queued.filter((h) => (h as { _wakes?: unknown })._wakes === task).length
      const waiter = task._fut_waiter
      const registered = waiter !== null && waiter._done_callbacks().includes(task._wakeup)
      const waiting = waiter !== null && (registered ? 1 : 0) + wakeups === 1
      const state = `${task.get_name()}: steps=${steps} waiter=${waiter !== null} registered=${registered} wakeups=${wakeups}`
      if (steps > 1 || (steps === 1) === waiting || (waiter === null && wakeups > 0)) report.violations.push(state)
    }
    return shift()
  }
  return report
}

describe('Task', () => {
  it('is always either scheduled to step or waiting on one future, never both', () => {
    let report = { checks: 0, violations: [] as string[] }
    const stubborn = async_def(function* stubborn() {
      try {
        yield* asyncio.sleep(5)
      } catch (e) {
        if (!(e instanceof asyncio.CancelledError)) throw e
      }
      yield* asyncio.sleep(0)
      return 'kept going'
    })
    const self_cancel = async_def(function* self_cancel() {
      asyncio.current_task()!.cancel()
      yield* asyncio.sleep(1)
    })
    const waiter = async_def(function* waiter(fut: InstanceType<typeof asyncio.Future>) {
      return yield* fut
    })
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      report = watchTaskStates(loop)
      const shared = loop.create_future()
      const tasks = [
        asyncio.create_task(nap(1)),
        asyncio.create_task(nap(0)),
        asyncio.create_task(stubborn()),
        asyncio.create_task(self_cancel()),
        asyncio.create_task(waiter(shared)),
        asyncio.create_task(waiter(shared)),
      ]
      const g = asyncio.gather(nap(2), nap(0.5), tasks[0]!, { return_exceptions: true })
      yield* asyncio.sleep(0)
      tasks[2]!.cancel()
      loop.call_later(0.25, () => shared.set_result('shared'))
      const inner = asyncio.create_task(nap(10))
      const outer = asyncio.create_task(waiter(inner as never))
      yield* asyncio.sleep(0.5)
      outer.cancel()
      print(yield* g)
      yield* asyncio.gather(...tasks, outer, { return_exceptions: true })
    })
    const trace = run(main)
    expect(trace.outcome).toEqual({ kind: 'ok' })
    expect(outputOf(trace)).toEqual(['[2, 0.5, 1]'])
    expect(report.checks).toBeGreaterThan(20)
    expect(report.violations).toEqual([])
  })

  it('starts in the loop iteration after it is created, never inside create_task', () => {
    const child = async_def(function* child() {
      print('child runs')
    })
    const main = async_def(function* main() {
      asyncio.create_task(child())
      print('create_task returned')
      yield* asyncio.sleep(0)
      print('main again')
    })
    expect(outputOf(run(main))).toEqual(['create_task returned', 'child runs', 'main again'])
  })

  it('numbers tasks process-wide; a name given to create_task spends a number before 3.13', () => {
    const main = async_def(function* main() {
      const named = asyncio.create_task(nap(0), { name: 'named' })
      const loopNamed = asyncio.get_running_loop().create_task(nap(0), { name: 'loop-named' })
      const plain = asyncio.create_task(nap(0))
      print(named.get_name(), loopNamed.get_name(), plain.get_name())
      yield* asyncio.gather(named, loopNamed, plain)
    })
    expect(outputOf(run(main))).toEqual(['named loop-named Task-3'])
    expect(outputOf(run(main, { version: '3.13' }))).toEqual(['named loop-named Task-2'])
  })

  it('creates the timer of asyncio.sleep when the coroutine first runs, not when sleep() is called', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      const coro = asyncio.sleep(1)
      print('after sleep():', loop._scheduled.length)
      const t = asyncio.create_task(coro)
      print('after create_task():', loop._scheduled.length)
      yield* asyncio.sleep(0)
      print('after its first step:', loop._scheduled.length)
      yield* t
    })
    expect(outputOf(run(main))).toEqual(['after sleep(): 0', 'after create_task(): 0', 'after its first step: 1'])
  })

  it('cancels the timer of the sleep it was cancelled in', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      const t = asyncio.create_task(nap(10))
      yield* asyncio.sleep(0)
      t.cancel()
      yield* asyncio.sleep(0)
      const timers = [...loop._scheduled]
      print(timers.length, timers.every((h) => h._cancelled), t.cancelled())
    })
    expect(outputOf(run(main))).toEqual(['1 True True'])
  })

  it('refuses to await itself with a RuntimeError delivered at the await', () => {
    const main = async_def(function* main() {
      const me = asyncio.current_task()!
      try {
        yield* me
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e
        print(e.message.startsWith('Task cannot await on itself: <Task pending'))
      }
    })
    expect(outputOf(run(main))).toEqual(['True'])
  })

  it('records its life for timelines: created, started, suspended on what, resumed, and how it ended', () => {
    const failing = async_def(function* failing() {
      yield* asyncio.sleep(1)
      throw new ValueError('x')
    })
    const main = async_def(function* main() {
      const t = asyncio.create_task(failing())
      yield* asyncio.sleep(0)
      try {
        yield* t
      } catch (e) {
        if (!(e instanceof ValueError)) throw e
      }
    })
    const events = run(main).events.flatMap((e) =>
      e.kind === 'task' && e.task === 'Task-2' ? [`${e.t} ${e.event}${e.detail === undefined ? '' : ' ' + e.detail}`] : [],
    )
    expect(events).toEqual(['0 created failing', '0 started', '0 suspended sleep(1)', '1 resumed', '1 failed'])
  })

  it('raises RecursionError, as CPython does, when cancelling tasks that await each other', () => {
    const tasks: Task<unknown>[] = []
    const a = async_def(function* a() {
      yield* tasks[1]!
    })
    const b = async_def(function* b() {
      yield* tasks[0]!
    })
    const main = async_def(function* main() {
      tasks.push(asyncio.create_task(a()), asyncio.create_task(b()))
      yield* asyncio.sleep(0)
      try {
        tasks[0]!.cancel()
      } catch (e) {
        if (!(e instanceof RecursionError)) throw e
        print(e.name, asyncio.current_task() !== null, tasks[0]!.cancelling() > 1)
      }
      yield* asyncio.sleep(0)
      print('the loop goes on')
    })
    const trace = run(main)
    expect(outputOf(trace)).toEqual(['RecursionError True True', 'the loop goes on'])
    // Shutdown cancels the cycle again: the RecursionError ends the program, as in CPython.
    expect(trace.outcome).toMatchObject({ kind: 'exception', type: 'RecursionError' })
  })

  it('aborts the run on a JavaScript error in a model instead of delivering it to Python code', () => {
    const broken = async_def(function* broken() {
      yield* asyncio.sleep(0)
      ;(null as unknown as { x: number }).x = 1
    })
    const main = async_def(function* main() {
      try {
        yield* asyncio.create_task(broken())
      } catch {
        print('a Python except clause must never see this')
      }
    })
    expect(() => run(main)).toThrow(TypeError)
  })
})
