import { describe, expect, it } from 'vitest'
import { type Coro, ValueError, async_def, asyncio, print, program, repr } from '../../src/scheduler/python.js'
import { _GatheringFuture } from '../../src/scheduler/gather.js'
import { runProgram } from '../../src/scheduler/program.js'
import { Task } from '../../src/scheduler/tasks.js'
import type { Trace } from '../../src/scheduler/trace.js'

function outputOf(trace: Trace): string[] {
  return trace.events.flatMap((e) => (e.kind === 'output' ? [`${e.t} ${e.text}`] : []))
}

function run(main: () => Coro<unknown>): string[] {
  return outputOf(runProgram(program(function* () {
    yield* asyncio.run(main())
  })))
}

const job = async_def(function* job(delay: number, fail = false) {
  yield* asyncio.sleep(delay)
  if (fail) throw new ValueError(String(delay))
  return delay
})

describe('gather', () => {
  it('returns results in argument order, whatever order the children finish in', () => {
    const main = async_def(function* main() {
      print(yield* asyncio.gather(job(3), job(1), job(2)))
    })
    expect(run(main)).toEqual(['3 [3, 1, 2]'])
  })

  it('wraps a repeated argument once and reports it at every position', () => {
    const main = async_def(function* main() {
      const c = job(1)
      const g = asyncio.gather(c, job(2), c) as _GatheringFuture<unknown[]>
      const [first, second, third] = g._children
      print(first === third, first !== second, first instanceof Task, asyncio.all_tasks().size)
      print(yield* g)
    })
    expect(run(main)).toEqual(['0 True True True 3', '2 [1, 2, 1]'])
  })

  it('sets the first exception on the outer future at once, while the siblings keep running', () => {
    const main = async_def(function* main() {
      const slow = asyncio.create_task(job(5))
      const g = asyncio.gather(job(1, true), slow, job(2, true))
      try {
        yield* g
      } catch (e) {
        if (!(e instanceof ValueError)) throw e
        print(repr(e), g.done(), slow.done())
      }
      print(yield* slow)
    })
    expect(run(main)).toEqual(["1 ValueError('1') True False", '5 5'])
  })

  it('takes its options from a plain object passed last', () => {
    const main = async_def(function* main() {
      print(yield* asyncio.gather(job(1, true), job(2), { return_exceptions: true }))
    })
    expect(run(main)).toEqual(["2 [ValueError('1'), 2]"])
  })

  it('cancels every unfinished child when cancelled, and the awaiter gets CancelledError though the gather is not cancelled()', () => {
    const main = async_def(function* main() {
      const done = asyncio.create_task(job(0))
      yield* asyncio.sleep(0)
      const pending = asyncio.create_task(job(9))
      const g = asyncio.gather(done, pending)
      print(g.cancel('stop'), done.cancelled(), pending.cancelling())
      try {
        yield* g
      } catch (e) {
        if (!(e instanceof asyncio.CancelledError)) throw e
        print(repr(e), g.cancelled(), pending.cancelled())
      }
    })
    expect(run(main)).toEqual(['0 True False 1', "0 CancelledError('stop') False True"])
  })

  it('refuses to cancel once every child has finished, even before its own callbacks ran', () => {
    const quick = async_def(function* quick() {
      return 0
    })
    const main = async_def(function* main() {
      const a = asyncio.create_task(quick())
      yield* asyncio.sleep(0)
      const g = asyncio.gather(a)
      print(g.done(), g.cancel(), yield* g)
    })
    expect(run(main)).toEqual(['0 False False [0]'])
  })

  it('finishes at once for no arguments', () => {
    const main = async_def(function* main() {
      const g = asyncio.gather()
      print(g.done(), g.result())
    })
    expect(run(main)).toEqual(['0 True []'])
  })

  it('keeps the tasks it creates from reporting "destroyed but pending", as CPython does', () => {
    const main = async_def(function* main() {
      const mine = asyncio.create_task(job(1))
      const g = asyncio.gather(job(1), mine) as _GatheringFuture<unknown[]>
      const [created, given] = g._children as Task<unknown>[]
      print(created!._log_destroy_pending, given!._log_destroy_pending)
      yield* g
    })
    expect(run(main)).toEqual(['0 False True'])
  })
})
