import { describe, expect, it } from 'vitest'
import {
  type Coro,
  RuntimeError,
  ValueError,
  async_def,
  asyncio,
  print,
  program,
  repr,
} from '../../src/scheduler/python.js'
import type { BaseException } from '../../src/scheduler/exceptions.js'
import type { EventLoop } from '../../src/scheduler/loop.js'
import { type Program, runProgram } from '../../src/scheduler/program.js'

function outputOf(program: Program): string[] {
  return runProgram(program).events.flatMap((e) => (e.kind === 'output' ? [e.text] : []))
}

const whoami = async_def(function* whoami() {
  print(asyncio.current_task()!.get_name())
  return 'result'
})

describe('asyncio.run', () => {
  it("returns main's result, then closes its loop and unsets the thread's event loop", () => {
    let loop: EventLoop | null = null
    const main = async_def(function* main() {
      loop = asyncio.get_running_loop()
      return 42
    })
    const lines = outputOf(program(function* () {
      print(yield* asyncio.run(main()))
      print(loop!.is_closed(), loop!.is_running())
      try {
        asyncio.get_event_loop()
      } catch (e) {
        print(repr(e as BaseException))
      }
    }))
    expect(lines).toEqual([
      '42',
      'True False',
      `RuntimeError("There is no current event loop in thread 'MainThread'.")`,
    ])
  })

  it('spends two task numbers on shutdown (asyncgens, default executor), so the next main is Task-4', () => {
    const lines = outputOf(program(function* () {
      yield* asyncio.run(whoami())
      yield* asyncio.run(whoami())
    }))
    expect(lines).toEqual(['Task-1', 'Task-4'])
  })

  it('makes its loop before refusing a non-coroutine, so the refusal still spends the shutdown numbers', () => {
    const lines = outputOf(program(function* () {
      try {
        yield* asyncio.run(42 as unknown as Coro<void>)
      } catch (e) {
        if (!(e instanceof ValueError)) throw e
        print(repr(e))
      }
      yield* asyncio.run(whoami())
    }))
    expect(lines).toEqual(["ValueError('a coroutine was expected, got 42')", 'Task-3'])
  })

  it('refuses to run inside a running loop without making a loop', () => {
    const main = async_def(function* main() {
      const inner = whoami()
      try {
        yield* asyncio.run(inner)
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e
        print(repr(e))
      }
      yield* inner
    })
    const lines = outputOf(program(function* () {
      yield* asyncio.run(main())
      yield* asyncio.run(whoami())
    }))
    expect(lines).toEqual([
      "RuntimeError('asyncio.run() cannot be called from a running event loop')",
      'Task-1',
      'Task-4',
    ])
  })

  it('cancels leftover tasks at shutdown and lets their finally blocks print before the error ends the run', () => {
    const leftover = async_def(function* leftover() {
      try {
        yield* asyncio.sleep(10)
      } finally {
        print('leftover finally')
      }
    })
    const main = async_def(function* main() {
      asyncio.create_task(leftover())
      yield* asyncio.sleep(1)
      throw new ValueError('main failed')
    })
    const trace = runProgram(program(function* () {
      yield* asyncio.run(main())
    }))
    expect(trace.events.filter((e) => e.kind === 'output').map((e) => (e.kind === 'output' ? e.text : ''))).toEqual([
      'leftover finally',
    ])
    expect(trace.outcome).toEqual({ kind: 'exception', t: 1, type: 'ValueError', line: 'ValueError: main failed' })
  })

  it('logs a leftover task that fails while being cancelled at shutdown', () => {
    const stubborn = async_def(function* stubborn() {
      try {
        yield* asyncio.sleep(10)
      } catch {
        throw new ValueError('cleanup failed')
      }
    })
    const main = async_def(function* main() {
      asyncio.create_task(stubborn())
      yield* asyncio.sleep(0)
    })
    const trace = runProgram(program(function* () {
      yield* asyncio.run(main())
    }))
    expect(trace.events.filter((e) => e.kind === 'log')).toEqual([
      {
        kind: 'log',
        t: 0,
        message: 'unhandled exception during asyncio.run() shutdown',
        task: 'Task-2',
        exception: 'ValueError: cleanup failed',
      },
    ])
  })
})

describe('Runner', () => {
  it('runs several coroutines on one loop and refuses to run once closed', () => {
    const lines = outputOf(program(function* () {
      const runner = new asyncio.Runner()
      yield* runner.run(whoami())
      const loop = runner.get_loop()
      yield* runner.run(whoami())
      print(runner.get_loop() === loop)
      yield* runner.close()
      yield* runner.close()
      print(loop.is_closed())
      try {
        runner.get_loop()
      } catch (e) {
        print(repr(e as BaseException))
      }
    }))
    expect(lines).toEqual(['Task-1', 'Task-2', 'True', 'True', "RuntimeError('Runner is closed')"])
  })
})
