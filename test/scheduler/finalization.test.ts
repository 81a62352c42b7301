import { describe, expect, it } from 'vitest'
import {
  RuntimeError,
  ValueError,
  async_def,
  asyncio,
  del_,
  print,
  program,
} from '../../src/scheduler/python.js'
import { collect } from '../../src/scheduler/finalization.js'
import type { Future } from '../../src/scheduler/futures.js'
import { type Program, runProgram } from '../../src/scheduler/program.js'
import type { Trace } from '../../src/scheduler/trace.js'

/** The trace as short lines: output text, `warning: ...`, `log: ... (task) -> exception`, then the outcome. */
function lines(trace: Trace): string[] {
  const out: string[] = []
  for (const e of trace.events) {
    if (e.kind === 'output') out.push(e.text)
    else if (e.kind === 'warning') out.push(`warning: ${e.message}`)
    else if (e.kind === 'log') out.push(`log: ${e.message}${e.task ? ` (${e.task})` : ''}${e.exception ? ` -> ${e.exception}` : ''}`)
  }
  out.push(`outcome: ${trace.outcome.kind}`)
  return out
}

function run(body: Program): string[] {
  return lines(runProgram(program(body)))
}

const say_after = async_def(function* say_after(delay: number, what: string) {
  yield* asyncio.sleep(delay)
  print(what)
})

const boom = async_def(function* boom(delay: number) {
  yield* asyncio.sleep(delay)
  throw new ValueError('boom')
})

const forever = async_def(function* forever(name: string) {
  try {
    yield* asyncio.sleep(100)
  } finally {
    print(`${name} finally`)
  }
})

describe('a coroutine that is never awaited', () => {
  it('warns the moment the program drops it', () => {
    const main = async_def(function* main() {
      print('before')
      del_(say_after(1, 'hello'))
      print('after')
    })
    expect(run(function* () { yield* asyncio.run(main()) })).toEqual([
      'before',
      "warning: coroutine 'say_after' was never awaited",
      'after',
      'outcome: ok',
    ])
  })

  it('warns once per line, as the default warnings filter does', () => {
    const main = async_def(function* main() {
      for (let i = 0; i < 3; i++) del_(asyncio.sleep(i), 7)
      del_(asyncio.sleep(1), 8)
    })
    expect(run(function* () { yield* asyncio.run(main()) })).toEqual([
      "warning: coroutine 'sleep' was never awaited",
      "warning: coroutine 'sleep' was never awaited",
      'outcome: ok',
    ])
  })

  it('warns every time when the model gives no line', () => {
    const main = async_def(function* main() {
      for (let i = 0; i < 2; i++) del_(say_after(i, 'x'))
    })
    expect(run(function* () { yield* asyncio.run(main()) })).toHaveLength(3)
  })

  it('does not warn for an asyncio.sleep that ran', () => {
    const main = async_def(function* main() {
      const nap = asyncio.sleep(0)
      yield* nap
      del_(nap)
    })
    expect(run(function* () { yield* asyncio.run(main()) })).toEqual(['outcome: ok'])
  })

  it('refused by create_task outside a loop, lives as long as the exception', () => {
    expect(
      run(function* () {
        try {
          asyncio.create_task(say_after(1, 'hello'))
        } catch (e) {
          if (!(e instanceof RuntimeError)) throw e
          print(`caught: ${e.message}`)
          del_(e)
        }
        print('after')
      }),
    ).toEqual(['caught: no running event loop', "warning: coroutine 'say_after' was never awaited", 'after', 'outcome: ok'])
  })

  it('refused by create_task and never caught, warns after the program ends with the error', () => {
    const result = runProgram(program(function* () {
      asyncio.create_task(say_after(1, 'hello'))
    }))
    expect(lines(result)).toEqual(["warning: coroutine 'say_after' was never awaited", 'outcome: exception'])
  })
})

describe('a task whose exception nobody retrieves', () => {
  it('is logged right after the step that failed it, when the program does not hold it', () => {
    const other = async_def(function* other() {
      yield* asyncio.sleep(1)
      print('other, in the same iteration')
    })
    const main = async_def(function* main() {
      del_(asyncio.create_task(boom(1)))
      del_(asyncio.create_task(other()))
      yield* asyncio.sleep(2)
    })
    expect(run(function* () { yield* asyncio.run(main()) })).toEqual([
      'log: Task exception was never retrieved (Task-2) -> ValueError: boom',
      'other, in the same iteration',
      'outcome: ok',
    ])
  })

  it('is logged when the program lets go of it, if that is later', () => {
    const main = async_def(function* main() {
      const t = asyncio.create_task(boom(1))
      yield* asyncio.sleep(2)
      print('dropping t')
      del_(t)
      print('dropped')
    })
    expect(run(function* () { yield* asyncio.run(main()) })).toEqual([
      'dropping t',
      'log: Task exception was never retrieved (Task-2) -> ValueError: boom',
      'dropped',
      'outcome: ok',
    ])
  })

  it('is logged at exit, after the program ends, when the program never lets go', () => {
    const main = async_def(function* main() {
      asyncio.create_task(boom(1))
      yield* asyncio.sleep(2)
    })
    expect(
      run(function* () {
        yield* asyncio.run(main())
        print('last line')
      }),
    ).toEqual(['last line', 'log: Task exception was never retrieved (Task-2) -> ValueError: boom', 'outcome: ok'])
  })

  it('is not logged once an awaiting task retrieved it', () => {
    const main = async_def(function* main() {
      const t = asyncio.create_task(boom(1))
      try {
        yield* t
      } catch (e) {
        print(`caught ${String(e)}`)
      }
      del_(t)
    })
    expect(run(function* () { yield* asyncio.run(main()) })).toEqual(['caught ValueError: boom', 'outcome: ok'])
  })

  it('is kept alive by a queued done-callback holding it, and logged right after that callback ran', () => {
    const main = async_def(function* main() {
      const t = asyncio.create_task(boom(0))
      t.add_done_callback(() => print('callback saw it done'))
      del_(t)
      yield* asyncio.sleep(1)
    })
    expect(run(function* () { yield* asyncio.run(main()) })).toEqual([
      'callback saw it done',
      'log: Task exception was never retrieved (Task-2) -> ValueError: boom',
      'outcome: ok',
    ])
  })
})

describe('a plain Future', () => {
  it('with an exception nobody looked at is logged when dropped, without a task name', () => {
    const main = async_def(function* main() {
      const fut = asyncio.get_running_loop().create_future()
      fut.set_exception(new ValueError('lost'))
      del_(fut)
      const seen = asyncio.get_running_loop().create_future()
      seen.set_exception(new ValueError('seen'))
      seen.exception()
      del_(seen)
    })
    expect(run(function* () { yield* asyncio.run(main()) })).toEqual([
      'log: Future exception was never retrieved -> ValueError: lost',
      'outcome: ok',
    ])
  })
})

describe('pending tasks', () => {
  it('of a loop left open are destroyed at exit after the loop, and their coroutines closed', () => {
    const main = async_def(function* main() {
      del_(asyncio.create_task(forever('a')))
      del_(asyncio.create_task(forever('b')))
      yield* asyncio.sleep(1)
    })
    expect(
      run(function* () {
        const loop = asyncio.new_event_loop()
        yield* loop.run_until_complete(main())
        print('end')
      }),
    ).toEqual([
      'end',
      'log: Task was destroyed but it is pending! (Task-2)',
      'log: Task was destroyed but it is pending! (Task-3)',
      'a finally',
      'b finally',
      'outcome: ok',
    ])
  })

  it('of a closed loop are collected first, each coroutine before its task', () => {
    const main = async_def(function* main() {
      del_(asyncio.create_task(forever('a')))
      del_(asyncio.create_task(forever('b')))
      yield* asyncio.sleep(1)
    })
    expect(
      run(function* () {
        const loop = asyncio.new_event_loop()
        yield* loop.run_until_complete(main())
        loop.close()
        print('closed')
      }),
    ).toEqual([
      'closed',
      'a finally',
      'log: Task was destroyed but it is pending! (Task-2)',
      'b finally',
      'log: Task was destroyed but it is pending! (Task-3)',
      'outcome: ok',
    ])
  })

  it('that never started are destroyed when their loop closes, and their coroutines warn', () => {
    expect(
      run(function* () {
        const loop = asyncio.new_event_loop()
        del_(loop.create_task(say_after(1, 'never')))
        loop.close()
        print('closed')
      }),
    ).toEqual([
      'log: Task was destroyed but it is pending! (Task-1)',
      "warning: coroutine 'say_after' was never awaited",
      'closed',
      'outcome: ok',
    ])
  })

  it('of a closed loop are destroyed the moment the program drops them', () => {
    expect(
      run(function* () {
        const loop = asyncio.new_event_loop()
        const kept = loop.create_task(say_after(1, 'never'))
        loop.close()
        print('closed')
        del_(kept)
        print('deleted')
      }),
    ).toEqual([
      'closed',
      'log: Task was destroyed but it is pending! (Task-1)',
      "warning: coroutine 'say_after' was never awaited",
      'deleted',
      'outcome: ok',
    ])
  })

  it('of the policy loop (get_event_loop) are never collected', () => {
    const main = async_def(function* main() {
      del_(asyncio.create_task(forever('a')))
      yield* asyncio.sleep(1)
    })
    expect(
      run(function* () {
        yield* asyncio.get_event_loop().run_until_complete(main())
      }),
    ).toEqual(['outcome: ok'])
  })

  it('are left alone when the run ends in a deadlock: the process exits at once', () => {
    const stuck = async_def(function* stuck(fut: Future<unknown>) {
      try {
        yield* fut
      } finally {
        print('never printed')
      }
    })
    const main = async_def(function* main() {
      const fut = asyncio.get_running_loop().create_future()
      del_(asyncio.create_task(stuck(fut)))
      yield* fut
    })
    expect(run(function* () { yield* asyncio.new_event_loop().run_until_complete(main()) })).toEqual(['outcome: deadlock'])
  })
})

describe('collect, CPython\'s move_unreachable', () => {
  it('returns the garbage in list order', () => {
    const graph: Record<string, string[]> = { root: ['a'], a: [], b: ['c'], c: ['b'] }
    const result = collect(['root', 'b', 'a', 'c'], (x) => x === 'root', (x) => graph[x]!)
    expect(result.garbage).toEqual(['b', 'c'])
    expect(result.survivors).toEqual(['root', 'a'])
  })

  it('moves an object reached after the scan passed it to the end of the list', () => {
    // `t` comes before the wrapper that refers to it, so the scan first finds it unreachable.
    const graph: Record<string, string[]> = { loop: ['w'], t: ['coro'], coro: [], w: ['t'] }
    const result = collect(['loop', 'coro', 't', 'w'], (x) => x === 'loop', (x) => graph[x]!)
    expect(result.garbage).toEqual([])
    expect(result.survivors).toEqual(['loop', 'w', 't', 'coro'])
  })

  it('leaves an object reached before the scan gets to it where it stands', () => {
    const graph: Record<string, string[]> = { loop: ['a', 'b'], a: [], b: [] }
    const result = collect(['loop', 'b', 'a'], (x) => x === 'loop', (x) => graph[x]!)
    expect(result.survivors).toEqual(['loop', 'b', 'a'])
  })
})
