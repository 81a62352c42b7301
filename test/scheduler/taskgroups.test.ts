import { describe, expect, it } from 'vitest'
import {
  BaseException,
  BaseExceptionGroup,
  CancelledError,
  type Coro,
  ExceptionGroup,
  RuntimeError,
  SystemExit,
  ValueError,
  async_def,
  async_with,
  asyncio,
  print,
  program,
  repr,
} from '../../src/scheduler/python.js'
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

class Fatal extends BaseException {}

const nap = async_def(function* nap(delay: number, name?: string) {
  try {
    yield* asyncio.sleep(delay)
  } catch (e) {
    if (e instanceof CancelledError && name !== undefined) print(name, 'cancelled')
    throw e
  }
})

const boom = async_def(function* boom(delay: number, exc: BaseException) {
  yield* asyncio.sleep(delay)
  throw exc
})

describe('TaskGroup', () => {
  // Each expectation below is what CPython 3.11.7 prints for the same program.
  it('refuses create_task before entering, after finishing and while shutting down', () => {
    const main = async_def(function* main() {
      const tg = new asyncio.TaskGroup()
      const tryCreate = (group: typeof tg): void => {
        const coro = nap(1)
        try {
          group.create_task(coro)
        } catch (e) {
          if (!(e instanceof RuntimeError)) throw e
          print(repr(e))
          coro.return()
        }
      }
      tryCreate(tg)
      yield* async_with(tg, function* () {
        print(repr(tg))
        tg.create_task(nap(1))
        tg.create_task(nap(2))
        print(repr(tg))
      })
      print(repr(tg))
      tryCreate(tg)

      const tg2 = new asyncio.TaskGroup()
      try {
        yield* async_with(tg2, function* () {
          tg2.create_task(boom(1, new ValueError('x')))
          try {
            yield* asyncio.sleep(5)
          } catch (e) {
            print(repr(tg2))
            tryCreate(tg2)
            throw e
          }
        })
      } catch (eg) {
        if (!(eg instanceof ExceptionGroup)) throw eg
        print(repr(eg))
      }
    })
    expect(outputOf(run(main))).toEqual([
      "0 RuntimeError('TaskGroup <TaskGroup> has not been entered')",
      '0 <TaskGroup entered>',
      '0 <TaskGroup tasks=2 entered>',
      '2 <TaskGroup entered>',
      "2 RuntimeError('TaskGroup <TaskGroup entered> is finished')",
      '3 <TaskGroup errors=1 cancelling>',
      "3 RuntimeError('TaskGroup <TaskGroup errors=1 cancelling> is shutting down')",
      "3 ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('x')])",
    ])
  })

  it('raises a BaseExceptionGroup when an error is not an Exception', () => {
    const main = async_def(function* main() {
      try {
        yield* async_with(new asyncio.TaskGroup(), function* (tg) {
          tg.create_task(boom(1, new Fatal('f')))
          tg.create_task(boom(1, new ValueError('v')))
        })
      } catch (eg) {
        if (!(eg instanceof BaseExceptionGroup)) throw eg
        print(eg instanceof ExceptionGroup, repr(eg))
      }
    })
    expect(outputOf(run(main))).toEqual([
      "1 False BaseExceptionGroup('unhandled errors in a TaskGroup', [Fatal('f'), ValueError('v')])",
    ])
  })

  it('raises SystemExit from the block alone, after cancelling the children in creation order', () => {
    const main = async_def(function* main() {
      try {
        yield* async_with(new asyncio.TaskGroup(), function* (tg) {
          tg.create_task(nap(3, 'a'))
          tg.create_task(nap(3, 'b'))
          tg.create_task(nap(3, 'c'))
          yield* asyncio.sleep(1)
          throw new SystemExit(5)
        })
      } catch (e) {
        if (!(e instanceof SystemExit)) throw e
        print('SystemExit', e.args[0])
      }
    })
    // CPython cancels in set order, which changes from run to run; creation order here.
    expect(outputOf(run(main))).toEqual(['1 a cancelled', '1 b cancelled', '1 c cancelled', '1 SystemExit 5'])
  })

  it('names a task after creating it in 3.11, using up a Task-N number, but not in 3.13', () => {
    const main = async_def(function* main() {
      yield* async_with(new asyncio.TaskGroup(), function* (tg) {
        const t = tg.create_task(nap(0), { name: 'named' })
        const u = tg.create_task(nap(0))
        print(t.get_name(), u.get_name())
      })
    })
    expect(outputOf(run(main, '3.11'))).toEqual(['0 named Task-3'])
    expect(outputOf(run(main, '3.13'))).toEqual(['0 named Task-2'])
  })

  it('un-cancels its parent after cancelling it for a failed child', () => {
    const main = async_def(function* main() {
      const me = asyncio.current_task()!
      try {
        yield* async_with(new asyncio.TaskGroup(), function* (tg) {
          tg.create_task(boom(1, new ValueError('x')))
          try {
            yield* asyncio.sleep(5)
          } catch (e) {
            print('parent cancelling', me.cancelling())
            throw e
          }
        })
      } catch (eg) {
        if (!(eg instanceof ExceptionGroup)) throw eg
      }
      print('after', me.cancelling())
      yield* asyncio.sleep(1)
      print('the parent goes on')
    })
    expect(outputOf(run(main))).toEqual(['1 parent cancelling 1', '1 after 0', '2 the parent goes on'])
  })

  it('propagates CancelledError when the parent is also cancelled from outside and no child failed', () => {
    const parent = async_def(function* parent() {
      yield* async_with(new asyncio.TaskGroup(), function* (tg) {
        tg.create_task(nap(5, 'child'))
        yield* asyncio.sleep(5)
      })
    })
    const main = async_def(function* main() {
      const t = asyncio.create_task(parent())
      yield* asyncio.sleep(1)
      t.cancel()
      try {
        yield* t
      } catch (e) {
        print(repr(e), t.cancelled())
      }
    })
    expect(outputOf(run(main))).toEqual(['1 child cancelled', '1 CancelledError() True'])
  })
})
