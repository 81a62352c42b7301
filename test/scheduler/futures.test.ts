import { describe, expect, it } from 'vitest'
import {
  type Coro,
  StopIteration,
  ValueError,
  async_def,
  asyncio,
  print,
  program,
  repr,
} from '../../src/scheduler/python.js'
import type { BaseException } from '../../src/scheduler/exceptions.js'
import { Future } from '../../src/scheduler/futures.js'
import { runProgram } from '../../src/scheduler/program.js'
import type { Trace } from '../../src/scheduler/trace.js'

function outputOf(trace: Trace): string[] {
  return trace.events.flatMap((e) => (e.kind === 'output' ? [e.text] : []))
}

function run(main: () => Coro<unknown>): string[] {
  return outputOf(runProgram(program(function* () {
    yield* asyncio.run(main())
  })))
}

/** What `body` raises, as Python's repr, or 'returned'. */
function raised(body: () => unknown): string {
  try {
    body()
    return 'returned'
  } catch (e) {
    return (e as BaseException).__repr__()
  }
}

describe('Future', () => {
  it('schedules its callbacks with call_soon, in registration order, and never runs them inside set_result', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      const fut = loop.create_future<string>()
      fut.add_done_callback(() => print('first'))
      fut.add_done_callback(() => print('second'))
      loop.call_soon(print, 'queued before set_result')
      fut.set_result('x')
      print('set_result returned')
      fut.add_done_callback(() => print('added when done'))
      yield* asyncio.sleep(0)
    })
    expect(run(main)).toEqual(['set_result returned', 'queued before set_result', 'first', 'second', 'added when done'])
  })

  it('raises the C accelerator messages for results that are not there and states that cannot change', () => {
    const main = async_def(function* main() {
      const fut = asyncio.get_running_loop().create_future<number>()
      print(raised(() => fut.result()), raised(() => fut.exception()))
      fut.set_result(1)
      print(raised(() => fut.set_result(2)), raised(() => fut.set_exception(new ValueError())))
      print(raised(() => asyncio.get_running_loop().create_future().set_exception(new StopIteration())))
    })
    expect(run(main)).toEqual([
      "InvalidStateError('Result is not set.') InvalidStateError('Exception is not set.')",
      "InvalidStateError('invalid state') InvalidStateError('invalid state')",
      "TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')",
    ])
  })

  it('yields itself while pending, so `yield*` parks the task on it, and returns the result once done', () => {
    const main = async_def(function* main() {
      const fut = asyncio.get_running_loop().create_future<string>()
      const step = fut.next()
      print(step.done, step.value === fut, fut._asyncio_future_blocking)
      fut.set_result('value')
      print(JSON.stringify(fut.next()))
      print(yield* fut)
    })
    expect(run(main)).toEqual(['False True True', '{"done":true,"value":"value"}', 'value'])
  })

  it('carries the cancel message into the CancelledError it raises', () => {
    const main = async_def(function* main() {
      const fut = asyncio.get_running_loop().create_future()
      print(fut.cancel('why'), fut.cancel('again'), fut.cancelled(), fut.done())
      print(raised(() => fut.result()), raised(() => fut.exception()))
      const plain = asyncio.get_running_loop().create_future()
      plain.cancel()
      print(raised(() => plain.result()))
    })
    expect(run(main)).toEqual([
      'True False True True',
      "CancelledError('why') CancelledError('why')",
      'CancelledError()',
    ])
  })

  it('counts an exception as retrieved once exception() or result() has looked at it', () => {
    const main = async_def(function* main() {
      const fut = asyncio.get_running_loop().create_future()
      fut.set_exception(new ValueError('boom'))
      print(fut._log_traceback)
      print(repr(fut.exception()), fut._log_traceback)
    })
    expect(run(main)).toEqual(['True', "ValueError('boom') False"])
  })

  it('removes every registration of a callback, but none once the callbacks are scheduled', () => {
    const main = async_def(function* main() {
      const fut = asyncio.get_running_loop().create_future()
      const cb = (): void => print('cb')
      fut.add_done_callback(cb)
      fut.add_done_callback(cb)
      print(fut.remove_done_callback(cb), fut.remove_done_callback(cb))
      fut.add_done_callback(cb)
      fut.set_result(null)
      print(fut.remove_done_callback(cb))
      yield* asyncio.sleep(0)
    })
    expect(run(main)).toEqual(['2 0', '0', 'cb'])
  })

  it('formats its callbacks as CPython does: first, count, last', () => {
    const main = async_def(function* main() {
      const fut = asyncio.get_running_loop().create_future()
      const names: string[] = []
      for (let n = 1; n <= 4; n++) {
        fut.add_done_callback(print)
        names.push(repr(fut))
      }
      print(names.join(' | '))
      fut.remove_done_callback(print)
    })
    expect(run(main)).toEqual([
      '<Future pending cb=[print()]> | <Future pending cb=[print(), print()]> | ' +
        '<Future pending cb=[print(), <1 more>, print()]> | <Future pending cb=[print(), <2 more>, print()]>',
    ])
  })

  it('needs a loop: outside one it takes the current loop, created on first use', () => {
    const trace = runProgram(program(function* () {
      const fut = new Future()
      print(fut.get_loop() === asyncio.get_event_loop())
    }))
    expect(outputOf(trace)).toEqual(['True'])
  })
})
