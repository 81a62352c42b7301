import { describe, expect, it } from 'vitest'
import {
  type Coro,
  ExceptionGroup,
  KeyError,
  RuntimeError,
  TypeError,
  ValueError,
  async_def,
  asyncio,
  print,
  program,
  repr,
  str,
} from '../../src/scheduler/python.js'
import { runProgram } from '../../src/scheduler/program.js'
import { tupleArray } from '../../src/scheduler/pyrepr.js'
import type { Trace } from '../../src/scheduler/trace.js'

function outputOf(trace: Trace): string[] {
  return trace.events.flatMap((e) => (e.kind === 'output' ? [e.text] : []))
}

function run(main: () => Coro<unknown>): Trace {
  return runProgram(
    program(function* () {
      yield* asyncio.run(main())
    }),
  )
}

const work = async_def(function* work(n: number) {
  yield* asyncio.sleep(1)
  return n
})

/** Awaits `coro` and prints what it returned, or the RuntimeError it raised. */
function* report(label: string, coro: Coro<unknown>): Coro<void> {
  try {
    print(label, yield* coro)
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print(label, 'RuntimeError:', e.message)
  }
}

describe('a coroutine runs once', () => {
  it('refuses a second await of a finished coroutine', () => {
    const main = async_def(function* main() {
      const c = work(1)
      yield* report('first', c)
      yield* report('second', c)
    })
    expect(outputOf(run(main))).toEqual(['first 1', 'second RuntimeError: cannot reuse already awaited coroutine'])
  })

  it('refuses to await a coroutine closed before it started', () => {
    const main = async_def(function* main() {
      const c = work(1)
      c.return(0) // c.close()
      yield* report('closed', c)
    })
    expect(outputOf(run(main))).toEqual(['closed RuntimeError: cannot reuse already awaited coroutine'])
  })

  it('refuses to await a coroutine a pending task runs, and reuse once the task is done', () => {
    const main = async_def(function* main() {
      const c = work(3)
      const t = asyncio.create_task(c)
      yield* asyncio.sleep(0)
      yield* report('running', c)
      yield* report('task', t)
      yield* report('after', c)
    })
    expect(outputOf(run(main))).toEqual([
      'running RuntimeError: coroutine is being awaited already',
      'task 3',
      'after RuntimeError: cannot reuse already awaited coroutine',
    ])
  })

  it('fails the task that wraps an already awaited coroutine at its first step', () => {
    const main = async_def(function* main() {
      const c = work(4)
      yield* c
      const t = asyncio.create_task(c)
      print('created', t.done())
      yield* report('task', t)
    })
    expect(outputOf(run(main))).toEqual(['created False', 'task RuntimeError: cannot reuse already awaited coroutine'])
  })

  it('runs a fresh coroutine as before', () => {
    const main = async_def(function* main() {
      yield* report('fresh', work(5))
    })
    expect(outputOf(run(main))).toEqual(['fresh 5'])
  })
})

describe('ExceptionGroup.exceptions', () => {
  it('prints as a tuple while repr(eg) shows the list it was given', () => {
    const eg = new ExceptionGroup('two', [new ValueError('a'), new TypeError('b')])
    expect(repr(eg.exceptions)).toBe("(ValueError('a'), TypeError('b'))")
    expect(repr(eg)).toBe("ExceptionGroup('two', [ValueError('a'), TypeError('b')])")
    expect(str(eg)).toBe('two (2 sub-exceptions)')
    expect(repr(new ExceptionGroup('one', [new KeyError('k')]).exceptions)).toBe("(KeyError('k'),)")
  })

  it('maps to a plain list, as a comprehension over a tuple does', () => {
    const items = tupleArray([1, 2])
    expect(repr(items)).toBe('(1, 2)')
    expect(repr(items.map((x) => x * 2))).toBe('[2, 4]')
    expect(Object.isFrozen(items)).toBe(true)
  })
})
