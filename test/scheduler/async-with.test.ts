import { describe, expect, it } from 'vitest'
import type { AsyncContextManager } from '../../src/scheduler/async-with.js'
import { type Coro, ValueError, async_def, async_with, asyncio, print, program } from '../../src/scheduler/python.js'
import { runProgram } from '../../src/scheduler/program.js'
import type { BaseException } from '../../src/scheduler/exceptions.js'
import type { Trace } from '../../src/scheduler/trace.js'

function outputOf(trace: Trace): string[] {
  return trace.events.flatMap((e) => (e.kind === 'output' ? [e.text] : []))
}

function run(main: () => Coro<unknown>): Trace {
  return runProgram(program(function* () {
    yield* asyncio.run(main())
  }))
}

/** A manager that prints its calls and suppresses exceptions when told to. */
class Recorder implements AsyncContextManager<string> {
  exits = 0
  constructor(private readonly suppress = false) {}
  *__aenter__(): Coro<string> {
    print('enter')
    return 'value'
  }
  *__aexit__(exc: BaseException | null): Coro<boolean> {
    this.exits++
    print('exit', exc === null ? 'None' : exc.__repr__())
    return this.suppress
  }
}

describe('async_with', () => {
  it('passes what __aenter__ returns to the body and returns what the body returns', () => {
    const main = async_def(function* main() {
      const r = yield* async_with(new Recorder(), function* (v) {
        print('body got', v)
        yield* asyncio.sleep(1)
        return 42
      })
      print('result', r)
    })
    expect(outputOf(run(main))).toEqual(['enter', 'body got value', 'exit None', 'result 42'])
  })

  it('hands the body exception to __aexit__ once and re-raises it', () => {
    const main = async_def(function* main() {
      try {
        yield* async_with(new Recorder(), function* () {
          throw new ValueError('boom')
        })
      } catch (e) {
        print('caught', (e as BaseException).__repr__())
      }
    })
    expect(outputOf(run(main))).toEqual(['enter', "exit ValueError('boom')", "caught ValueError('boom')"])
  })

  it('gives undefined and goes on when __aexit__ suppresses the exception', () => {
    const main = async_def(function* main() {
      const r = yield* async_with(new Recorder(true), function* () {
        throw new ValueError('boom')
      })
      print('after', r)
    })
    expect(outputOf(run(main))).toEqual(['enter', "exit ValueError('boom')", 'after None'])
  })

  it('lets a JavaScript error skip __aexit__ and abort the run', () => {
    const manager = new Recorder(true)
    const main = async_def(function* main() {
      yield* async_with(manager, function* () {
        throw new Error('a bug in the model')
      })
    })
    // run_until_complete without asyncio.run's shutdown, so the error reaches runProgram directly.
    const body = program(function* () {
      yield* asyncio.new_event_loop().run_until_complete(main())
    })
    expect(() => runProgram(body)).toThrow('a bug in the model')
    expect(manager.exits).toBe(0)
  })

  it('awaits __aexit__ exactly once when the body finishes', () => {
    const manager = new Recorder()
    const main = async_def(function* main() {
      yield* async_with(manager, function* () {})
    })
    run(main)
    expect(manager.exits).toBe(1)
  })
})
