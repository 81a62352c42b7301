import { describe, expect, it } from 'vitest'
import {
  type Coro,
  TimeoutError,
  ValueError,
  async_def,
  asyncio,
  print,
  program,
  repr,
} from '../../src/scheduler/python.js'
import { runProgram } from '../../src/scheduler/program.js'
import type { BaseException } from '../../src/scheduler/exceptions.js'
import type { Trace } from '../../src/scheduler/trace.js'

/** Output lines as "t text". */
function outputOf(trace: Trace): string[] {
  return trace.events.flatMap((e) => (e.kind === 'output' ? [`${e.t} ${e.text}`] : []))
}

function run(main: () => Coro<unknown>): Trace {
  return runProgram(program(function* () {
    yield* asyncio.run(main())
  }))
}

const nap = async_def(function* nap(delay: number) {
  yield* asyncio.sleep(delay)
  return delay
})

const fail = async_def(function* fail(delay: number) {
  yield* asyncio.sleep(delay)
  throw new ValueError(`after ${delay}`)
})

/** Runs `body` in main and prints the Python exception it raises. */
function raised(body: () => Coro<unknown>): string[] {
  const main = async_def(function* main() {
    try {
      yield* body()
    } catch (e) {
      print((e as BaseException).__repr__())
    }
  })
  return outputOf(run(main))
}

describe('wait', () => {
  it('returns done and pending sets that iterate in argument order, duplicates dropped', () => {
    const main = async_def(function* main() {
      const a = asyncio.create_task(nap(3))
      const b = asyncio.create_task(nap(1))
      const c = asyncio.create_task(nap(2))
      const [done, pending] = yield* asyncio.wait([c, a, b, c], { timeout: 2.5 })
      print([...done].map((t) => t.get_name()), [...pending].map((t) => t.get_name()))
      a.cancel()
    })
    expect(outputOf(run(main))).toEqual(["2.5 ['Task-4', 'Task-3'] ['Task-2']"])
  })

  it('prints its result as a tuple of two sets', () => {
    const main = async_def(function* main() {
      const f = asyncio.get_running_loop().create_future()
      f.set_result(1)
      print(repr(yield* asyncio.wait([f])))
    })
    expect(outputOf(run(main))).toEqual(['0 ({<Future finished result=1>}, set())'])
  })

  it('refuses coroutines, a bare future, an empty list and an unknown return_when', () => {
    const main = async_def(function* main() {
      const coro = nap(1)
      const t = asyncio.create_task(nap(0))
      for (const attempt of [
        () => asyncio.wait([coro]),
        () => asyncio.wait(t as unknown as []),
        () => asyncio.wait([]),
        () => asyncio.wait([t], { return_when: 'SOON' as typeof asyncio.ALL_COMPLETED }),
      ]) {
        try {
          yield* attempt()
        } catch (e) {
          print((e as BaseException).__repr__())
        }
      }
      coro.return(0)
      yield* t
    })
    expect(outputOf(run(main))).toEqual([
      "0 TypeError('Passing coroutines is forbidden, use tasks explicitly.')",
      "0 TypeError('expect a list of futures, not Task')",
      "0 ValueError('Set of Tasks/Futures is empty.')",
      "0 ValueError('Invalid return_when value: SOON')",
    ])
  })

  it('checks its arguments only when awaited, like any coroutine', () => {
    const main = async_def(function* main() {
      asyncio.wait([])
      print('no error yet')
    })
    expect(outputOf(run(main))).toEqual(['0 no error yet'])
  })

  it('removes its done-callbacks from the futures still pending', () => {
    const main = async_def(function* main() {
      const slow = asyncio.create_task(nap(5))
      const quick = asyncio.create_task(nap(1))
      const hasCallback = (): boolean => repr(slow).includes('cb=[_wait.<locals>._on_completion()]')
      asyncio.get_running_loop().call_later(0.5, () => print('while waiting', hasCallback()))
      yield* asyncio.wait([slow, quick], { return_when: asyncio.FIRST_COMPLETED })
      print('after', hasCallback())
      slow.cancel()
    })
    expect(outputOf(run(main))).toEqual(['0.5 while waiting True', '1 after False'])
  })

  it('cancels its timeout timer when the futures finish first', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      yield* asyncio.wait([asyncio.create_task(nap(1))], { timeout: 10 })
      // A cancelled timer at the top of the heap is dropped by the next iteration.
      print(loop._scheduled.length)
    })
    expect(outputOf(run(main))).toEqual(['1 0'])
  })

  it('never cancels anything when the timeout passes', () => {
    const main = async_def(function* main() {
      const t = asyncio.create_task(nap(3))
      const [done, pending] = yield* asyncio.wait([t], { timeout: 1 })
      print(done.size, pending.has(t), t.cancelled(), t.cancelling())
      print(yield* t)
    })
    expect(outputOf(run(main))).toEqual(['1 0 True False 0', '3 3'])
  })

  it('does not count a cancelled future as an exception for FIRST_EXCEPTION', () => {
    const main = async_def(function* main() {
      const cancelled = asyncio.create_task(nap(5))
      const ok = asyncio.create_task(nap(2))
      asyncio.get_running_loop().call_later(0.5, () => cancelled.cancel())
      const [done] = yield* asyncio.wait([cancelled, ok], { return_when: asyncio.FIRST_EXCEPTION })
      print(done.size)
    })
    expect(outputOf(run(main))).toEqual(['2 2'])
  })

  it('returns at the first exception with FIRST_EXCEPTION', () => {
    const main = async_def(function* main() {
      const bad = asyncio.create_task(fail(1))
      const slow = asyncio.create_task(nap(5))
      const [done, pending] = yield* asyncio.wait([bad, slow], { return_when: asyncio.FIRST_EXCEPTION })
      print(done.has(bad), pending.has(slow))
      slow.cancel()
    })
    expect(outputOf(run(main))).toEqual(['1 True True'])
  })
})

describe('as_completed', () => {
  it('creates no task until the first coroutine is asked for', () => {
    const main = async_def(function* main() {
      const it = asyncio.as_completed([nap(2), nap(1)])
      print(asyncio.all_tasks().size)
      const first = it.next().value!
      print(asyncio.all_tasks().size)
      print(yield* first)
      for (const rest of it) print(yield* rest)
    })
    expect(outputOf(run(main))).toEqual(['0 1', '0 3', '1 1', '2 2'])
  })

  it('starts at the call in 3.13, with its own TypeError wording', () => {
    const main = async_def(function* main() {
      const it = asyncio.as_completed([nap(2), nap(1)])
      print(asyncio.all_tasks().size)
      for (const f of it) print(yield* f)
      const coro = nap(1)
      try {
        asyncio.as_completed(coro as unknown as [])
      } catch (e) {
        print(repr(e))
      }
      coro.return(0)
    })
    expect(outputOf(runProgram(program(function* () {
      yield* asyncio.run(main())
    }), { version: '3.13' }))).toEqual([
      '0 3',
      '1 1',
      '2 2',
      "2 TypeError('expects an iterable of awaitables, not coroutine')",
    ])
  })

  it('gives one coroutine per distinct future', () => {
    const main = async_def(function* main() {
      const t = asyncio.create_task(nap(1))
      print([...asyncio.as_completed([t, t])].length)
      yield* t
    })
    expect(outputOf(run(main))).toEqual(['0 1'])
  })

  it('raises the exception of a future that failed, in completion order', () => {
    expect(
      raised(function* () {
        for (const f of asyncio.as_completed([fail(2), nap(1)])) print(yield* f)
      }),
    ).toEqual(['1 1', "2 ValueError('after 2')"])
  })

  it('raises TimeoutError for every future not done when the timeout passes', () => {
    const main = async_def(function* main() {
      const tasks = [asyncio.create_task(nap(1)), asyncio.create_task(nap(5)), asyncio.create_task(nap(6))]
      for (const f of asyncio.as_completed(tasks, { timeout: 2 })) {
        try {
          print(yield* f)
        } catch (e) {
          if (!(e instanceof TimeoutError)) throw e
          print('TimeoutError')
        }
      }
      for (const t of tasks) t.cancel()
    })
    expect(outputOf(run(main))).toEqual(['1 1', '2 TimeoutError', '2 TimeoutError'])
  })

  it('refuses a single coroutine instead of an iterable', () => {
    expect(
      raised(function* () {
        const coro = nap(1)
        try {
          asyncio.as_completed(coro as unknown as []).next()
        } finally {
          coro.return(0)
        }
      }),
    ).toEqual(["0 TypeError('expect an iterable of futures, not coroutine')"])
  })
})
