import { describe, expect, test } from 'vitest'
import { runProgram } from '../../src/scheduler/program.js'
import { async_def, asyncio, print, program } from '../../src/scheduler/python.js'

describe('runProgram', () => {
  test('a JavaScript error inside a task aborts the run with that error, not a deadlock', () => {
    const broken = async_def(function* broken() {
      yield* asyncio.sleep(1)
      throw new globalThis.TypeError('model bug')
    })
    const main = async_def(function* main() {
      yield* asyncio.gather(broken(), asyncio.sleep(5))
      print('never printed')
    })
    expect(() => runProgram(program(function* () {
      yield* asyncio.run(main())
    }))).toThrow('model bug')
  })

  test('a JavaScript error in the module body is not mistaken for a Python exception', () => {
    expect(() => runProgram(program(function* () {
      print('before')
      throw new globalThis.RangeError('bad model')
    }))).toThrow('bad model')
  })

  test('a JavaScript error in a plain callback aborts the run too, even with tasks left to cancel', () => {
    const main = async_def(function* main() {
      asyncio.get_running_loop().call_soon(() => {
        throw new globalThis.TypeError('callback bug')
      })
      yield* asyncio.sleep(10)
      print('never printed')
    })
    expect(() =>
      runProgram(
        program(function* () {
          yield* asyncio.run(main())
        }),
      ),
    ).toThrow('callback bug')
  })
})
