import { describe, expect, it } from 'vitest'
import {
  CancelledError,
  type Coro,
  TimeoutError,
  async_def,
  async_with,
  asyncio,
  print,
  program,
  repr,
} from '../../src/scheduler/python.js'
import type { BaseException } from '../../src/scheduler/exceptions.js'
import { runProgram } from '../../src/scheduler/program.js'
import type { Trace } from '../../src/scheduler/trace.js'
import type { PythonVersion } from '../../src/scheduler/world.js'

function outputOf(trace: Trace): string[] {
  return trace.events.flatMap((e) => (e.kind === 'output' ? [`${e.t} ${e.text}`] : []))
}

function run(main: () => Coro<unknown>, version: PythonVersion = '3.11'): Trace {
  return runProgram(
    program(function* () {
      yield* asyncio.run(main())
    }),
    { version },
  )
}

function printRaised(error: unknown): void {
  print((error as BaseException).__repr__())
}

/** A CancelledError subclass, which 3.11 and 3.12 do not turn into TimeoutError and 3.13 does. */
class Interrupted extends CancelledError {}

describe('timeout', () => {
  it('raises TimeoutError at the deadline and leaves the task with no cancel request', () => {
    const main = async_def(function* main() {
      try {
        yield* async_with(asyncio.timeout(1.5), function* () {
          yield* asyncio.sleep(10)
        })
      } catch (e) {
        printRaised(e)
      }
      print(asyncio.current_task()!.cancelling())
    })
    expect(outputOf(run(main))).toEqual(['1.5 TimeoutError()', '1.5 0'])
  })

  it('costs no iteration when the block finishes in time', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      const cm = yield* async_with(asyncio.timeout(5), function* (cm) {
        return cm
      })
      print(repr(cm), cm!.expired(), loop._scheduled.length)
    })
    // The cancelled timer stays in the heap until an iteration pops it.
    expect(outputOf(run(main))).toEqual(['0 <Timeout [finished]> False 1'])
  })

  it('fires with call_soon when the deadline has already passed, before the first sleep(0) ends', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      try {
        yield* async_with(asyncio.timeout_at(loop.time() - 1), function* () {
          print('entered')
          yield* asyncio.sleep(0)
          print('not reached')
        })
      } catch (e) {
        printRaised(e)
      }
    })
    expect(outputOf(run(main))).toEqual(['0 entered', '0 TimeoutError()'])
  })

  it('refuses reschedule before entering and after leaving, and a second entry', () => {
    const main = async_def(function* main() {
      const cm = asyncio.timeout(1)
      try {
        cm.reschedule(5)
      } catch (e) {
        printRaised(e)
      }
      yield* async_with(cm, function* () {})
      try {
        cm.reschedule(5)
      } catch (e) {
        printRaised(e)
      }
      try {
        yield* async_with(cm, function* () {})
      } catch (e) {
        printRaised(e)
      }
    })
    expect(outputOf(run(main))).toEqual([
      "0 RuntimeError('Timeout has not been entered')",
      "0 RuntimeError('Cannot change state of finished Timeout')",
      "0 RuntimeError('Timeout has already been entered')",
    ])
  })

  it('can be rescheduled to never expire', () => {
    const main = async_def(function* main() {
      yield* async_with(asyncio.timeout(1), function* (cm) {
        cm.reschedule(null)
        yield* asyncio.sleep(3)
        print('survived', cm.when(), cm.expired())
      })
    })
    expect(outputOf(run(main))).toEqual(['3 survived None False'])
  })

  it('shows its deadline rounded to 3 decimals, ties to even, as Python rounds', () => {
    const main = async_def(function* main() {
      // Deadlines are floats (loop.time() + delay); 2 stands for 2.0.
      for (const when of [1.2345, 0.0625, 0.1875, 2]) {
        yield* async_with(asyncio.timeout_at(when + 10), function* (cm) {
          cm.reschedule(when)
          print(repr(cm))
        })
      }
    })
    expect(outputOf(run(main))).toEqual([
      '0 <Timeout [active] when=1.234>',
      '0 <Timeout [active] when=0.062>',
      '0 <Timeout [active] when=0.188>',
      '0 <Timeout [active] when=2.0>',
    ])
  })

  it('must be entered inside a task', () => {
    const body = program(function* () {
      const loop = asyncio.new_event_loop()
      const cm = asyncio.timeout_at(null)
      const fut = loop.create_future()
      loop.call_soon(() => {
        try {
          cm.__aenter__().next()
        } catch (e) {
          print((e as BaseException).__repr__())
        }
        fut.set_result(null)
      })
      yield* loop.run_until_complete(fut)
    })
    expect(outputOf(runProgram(body))).toEqual(["0 RuntimeError('Timeout should be used inside a task')"])
  })

  it('converts only CancelledError itself in 3.11 and 3.12, any subclass in 3.13', () => {
    const main = async_def(function* main() {
      try {
        yield* async_with(asyncio.timeout(1), function* () {
          try {
            yield* asyncio.sleep(5)
          } catch (e) {
            if (e instanceof CancelledError) throw new Interrupted('mine')
            throw e
          }
        })
      } catch (e) {
        printRaised(e)
      }
    })
    expect(outputOf(run(main, '3.11'))).toEqual(["1 Interrupted('mine')"])
    expect(outputOf(run(main, '3.12'))).toEqual(["1 Interrupted('mine')"])
    expect(outputOf(run(main, '3.13'))).toEqual(['1 TimeoutError()'])
  })

  it('lets a cancellation from outside propagate as CancelledError', () => {
    const guarded = async_def(function* guarded() {
      yield* async_with(asyncio.timeout(1), function* () {
        yield* asyncio.sleep(5)
      })
    })
    const main = async_def(function* main() {
      const t = asyncio.create_task(guarded())
      // The outside cancel lands in the same iteration as the timeout.
      asyncio.get_running_loop().call_at(1, () => t.cancel())
      try {
        yield* t
      } catch (e) {
        print(e instanceof TimeoutError ? 'TimeoutError' : (e as BaseException).__repr__(), t.cancelled())
      }
    })
    expect(outputOf(run(main))).toEqual(['1 CancelledError() True'])
  })
})
