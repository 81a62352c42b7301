import { describe, expect, it } from 'vitest'
import {
  CancelledError,
  type Coro,
  ValueError,
  async_def,
  asyncio,
  print,
  program,
  repr,
} from '../../src/scheduler/python.js'
import { runProgram } from '../../src/scheduler/program.js'
import type { Trace } from '../../src/scheduler/trace.js'

function outputOf(trace: Trace): string[] {
  return trace.events.flatMap((e) => (e.kind === 'output' ? [`${e.t} ${e.text}`] : []))
}

function run(main: () => Coro<unknown>): Trace {
  return runProgram(
    program(function* () {
      yield* asyncio.run(main())
    }),
  )
}

const work = async_def(function* work(delay: number, result: string) {
  yield* asyncio.sleep(delay)
  return result
})

const fail = async_def(function* fail(delay: number) {
  yield* asyncio.sleep(delay)
  throw new ValueError('inner')
})

// Each expectation is what CPython 3.11.7 prints for the same program.
describe('shield', () => {
  it('returns a done future itself', () => {
    const main = async_def(function* main() {
      const t = asyncio.create_task(work(0, 'x'))
      yield* t
      print(asyncio.shield(t) === t)
    })
    expect(outputOf(run(main))).toEqual(['0 True'])
  })

  it('wraps a coroutine in a task and hands out a separate outer future', () => {
    const main = async_def(function* main() {
      const s = asyncio.shield(work(1, 'wrapped'))
      print(s.constructor.name, asyncio.all_tasks().size)
      print(yield* s)
    })
    expect(outputOf(run(main))).toEqual(['0 Future 2', '1 wrapped'])
  })

  it('passes the inner exception to the outer future', () => {
    const main = async_def(function* main() {
      try {
        yield* asyncio.shield(fail(1))
      } catch (e) {
        print('outer got', repr(e))
      }
    })
    expect(outputOf(run(main))).toEqual(["1 outer got ValueError('inner')"])
  })

  it('detaches from the inner future once the outer one is cancelled', () => {
    const main = async_def(function* main() {
      const inner = asyncio.create_task(work(2, 'kept'))
      const outer = asyncio.shield(inner)
      const attached = (): boolean => repr(inner).includes('shield.<locals>._inner_done_callback')
      print(attached())
      outer.cancel()
      yield* asyncio.sleep(0)
      print(attached(), inner.cancelled(), outer.cancelled())
      print(yield* inner)
    })
    expect(outputOf(run(main))).toEqual(['0 True', '0 False False True', '2 kept'])
  })

  it('cancels the outer future when the inner one is cancelled by other means', () => {
    const main = async_def(function* main() {
      const inner = asyncio.create_task(work(5, 'never'))
      const outer = asyncio.shield(inner)
      asyncio.get_running_loop().call_later(1, () => inner.cancel())
      try {
        yield* outer
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e
        print('outer cancelled too', outer.cancelled())
      }
    })
    expect(outputOf(run(main))).toEqual(['1 outer cancelled too True'])
  })
})
