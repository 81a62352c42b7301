import { describe, expect, it } from 'vitest'
import { type Coro, async_def, asyncio, print, program, repr } from '../../src/scheduler/python.js'
import { runProgram } from '../../src/scheduler/program.js'
import type { Trace } from '../../src/scheduler/trace.js'

function outputOf(trace: Trace): string[] {
  return trace.events.flatMap((e) => (e.kind === 'output' ? [e.text] : []))
}

function run(main: () => Coro<unknown>): Trace {
  return runProgram(program(function* () {
    yield* asyncio.run(main())
  }))
}

/** Prints how many arguments it got, and their reprs. */
function show(...args: unknown[]): void {
  print(args.length, ...args.map((a) => repr(a)))
}

// Handles keep one or two arguments in slots of their own rather than in an array (events.ts):
// these pin down that every argument count still reaches the callback as it was passed.
describe('Handle arguments', () => {
  it('reach the callback in order, whatever their number', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      loop.call_soon(show)
      loop.call_soon(show, 'a')
      loop.call_soon(show, 'a', 'b')
      loop.call_soon(show, 'a', 'b', 'c')
      loop.call_later(0.5, show, 'x', 2)
      yield* asyncio.sleep(1)
    })
    expect(outputOf(run(main))).toEqual(['0', "1 'a'", "2 'a' 'b'", "3 'a' 'b' 'c'", "2 'x' 2"])
  })

  it('pass an array or an undefined given as the only argument through unchanged', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      const list = [1, 2]
      loop.call_soon((arg: unknown) => print(arg === list, repr(arg)), list)
      loop.call_soon((...args: unknown[]) => print(args.length, args[0] === undefined), undefined)
      loop.call_soon((...args: unknown[]) => print(args.length, args[0] === list, args[1] === undefined), list, undefined)
      yield* asyncio.sleep(0)
    })
    expect(outputOf(run(main))).toEqual(['True [1, 2]', '1 True', '2 True True'])
  })

  it('are listed by _args and shown in reprs', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      const handles = [loop.call_soon(show), loop.call_soon(show, 1), loop.call_soon(show, 1, 'two'), loop.call_soon(show, 1, 2, 3)]
      for (const h of handles) print(h._args.length, repr(h))
      const timer = loop.call_at(5, show, 'late', null)
      print(timer._args.length, repr(timer))
      for (const h of [...handles, timer]) h.cancel()
      yield* asyncio.sleep(0)
    })
    expect(outputOf(run(main))).toEqual([
      '0 <Handle show()>',
      '1 <Handle show(1)>',
      "2 <Handle show(1, 'two')>",
      '3 <Handle show(1, 2, 3)>',
      "2 <TimerHandle when=5.0 show('late', None)>",
    ])
  })
})
