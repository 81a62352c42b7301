import { describe, expect, it } from 'vitest'
import { type Coro, TypeError, async_def, asyncio, float, print, program, repr } from '../../src/scheduler/python.js'
import { runProgram } from '../../src/scheduler/program.js'
import type { Trace } from '../../src/scheduler/trace.js'

/** Output lines as "t text". */
function outputOf(trace: Trace): string[] {
  return trace.events.flatMap((e) => (e.kind === 'output' ? [`${e.t} ${e.text}`] : []))
}

function run(main: () => Coro<unknown>): Trace {
  return runProgram(program(function* () {
    yield* asyncio.run(main())
  }))
}

describe('EventLoop', () => {
  it('never runs a callback inside call_soon: it waits for the next iteration', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      const ran: string[] = []
      loop.call_soon(() => ran.push('callback'))
      print('after call_soon:', ran.length)
      yield* asyncio.sleep(0)
      print('after one iteration:', ran.length)
    })
    expect(outputOf(run(main))).toEqual(['0 after call_soon: 0', '0 after one iteration: 1'])
  })

  it('runs only the handles that were ready when the iteration began', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      const chain = (n: number): void => {
        print('link', n)
        if (n < 3) loop.call_soon(chain, n + 1)
      }
      loop.call_soon(chain, 1)
      loop.call_soon(print, 'sibling')
      yield* asyncio.sleep(0)
      print('main')
      yield* asyncio.sleep(0)
      print('main again')
    })
    // Each link is queued during an iteration, so it runs in the next one, after what was ready.
    expect(outputOf(run(main)).map((l) => l.slice(2))).toEqual(['link 1', 'sibling', 'main', 'link 2', 'main again', 'link 3'])
  })

  it('fires timers with the same deadline in the order they were scheduled', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      for (const name of ['a', 'b', 'c', 'd', 'e']) loop.call_at(2, print, name)
      loop.call_later(2, print, 'f')
      yield* asyncio.sleep(3)
    })
    expect(outputOf(run(main))).toEqual(['2 a', '2 b', '2 c', '2 d', '2 e', '2 f'])
  })

  it('jumps the clock to exactly the next deadline, and never while work is ready', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      loop.call_later(0.1, () => print(float(loop.time())))
      loop.call_later(0.1 + 0.2, () => print(float(loop.time())))
      for (let i = 0; i < 100; i++) yield* asyncio.sleep(0)
      print('spun at', float(loop.time()))
      yield* asyncio.sleep(1)
    })
    expect(outputOf(run(main))).toEqual(['0 spun at 0.0', '0.1 0.1', '0.30000000000000004 0.30000000000000004'])
  })

  it('waits at most a day per iteration', () => {
    const main = async_def(function* main() {
      yield* asyncio.sleep(2.5 * 86400)
    })
    const trace = runProgram(program(function* () {
      yield* asyncio.run(main())
    }), { maxIterations: 3 })
    expect(trace.outcome).toEqual({ kind: 'runaway', t: 2 * 86400, iterations: 3 })
  })

  it('skips cancelled handles and drops cancelled timers from the head of the heap', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      loop.call_soon(print, 'kept').cancel()
      const early = loop.call_later(1, print, 'early')
      loop.call_later(2, print, 'late')
      early.cancel()
      early.cancel()
      print('cancelled, counted once, still in the heap:', loop._timer_cancelled_count, loop._scheduled.length)
      yield* asyncio.sleep(0)
      print('dropped from the head:', loop._timer_cancelled_count, loop._scheduled.length)
      yield* asyncio.sleep(3)
    })
    expect(outputOf(run(main))).toEqual([
      '0 cancelled, counted once, still in the heap: 1 2',
      '0 dropped from the head: 0 1',
      '2 late',
    ])
  })

  it('accepts any callback outside debug mode, as CPython does, and checks it in debug mode', () => {
    const coro_fn = async_def(function* coro_fn() {})
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      loop.call_soon(coro_fn)
      print('accepted outside debug mode')
      loop.set_debug(true)
      for (const schedule of [() => loop.call_soon(coro_fn), () => loop.call_later(1, coro_fn)]) {
        try {
          schedule()
        } catch (e) {
          if (!(e instanceof TypeError)) throw e
          print(repr(e))
        }
      }
      loop.set_debug(false)
      yield* asyncio.sleep(0)
    })
    expect(outputOf(run(main)).map((l) => l.slice(2))).toEqual([
      'accepted outside debug mode',
      "TypeError('coroutines cannot be used with call_soon()')",
      "TypeError('coroutines cannot be used with call_at()')",
    ])
  })

  it('formats handles as CPython does: arguments shortened by reprlib, cancelled ones without callback', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      const handle = loop.call_soon(print, 'x'.repeat(31), [1, 2, 3, 4, 5, 6, 7], 2.5, null)
      print(repr(handle))
      handle.cancel()
      print(repr(handle))
      const timer = loop.call_later(1.5, print)
      print(repr(timer))
      timer.cancel()
      print(repr(timer))
      yield* asyncio.sleep(0)
    })
    expect(outputOf(run(main)).map((l) => l.slice(2))).toEqual([
      "<Handle print('xxxxxxxxxxxx...xxxxxxxxxxxxx', [1, 2, 3, 4, 5, 6, ...], 2.5, None)>",
      '<Handle cancelled>',
      '<TimerHandle when=1.5 print()>',
      '<TimerHandle cancelled when=1.5>',
    ])
  })

  it('logs an exception escaping a callback with the callback and its arguments, and goes on', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      loop.call_soon(function explode(what: string) {
        throw new TypeError(what)
      }, 'bad')
      loop.call_soon(print, 'next')
      yield* asyncio.sleep(0)
    })
    const trace = run(main)
    expect(trace.events.filter((e) => e.kind !== 'task')).toEqual([
      { kind: 'log', t: 0, message: "Exception in callback explode('bad')", exception: 'TypeError: bad' },
      { kind: 'output', t: 0, stream: 'stdout', text: 'next', thread: 'MainThread' },
    ])
    expect(trace.outcome).toEqual({ kind: 'ok' })
  })

  it('stops iterating for good once a JavaScript error escapes a callback: no Python code runs after a model bug', () => {
    let finallyRan = false
    const leftover = async_def(function* leftover() {
      try {
        yield* asyncio.sleep(10)
      } finally {
        finallyRan = true
      }
    })
    const main = async_def(function* main() {
      asyncio.create_task(leftover())
      asyncio.get_running_loop().call_soon(() => (null as unknown as { x: number }).x)
      yield* asyncio.sleep(1)
    })
    expect(() => run(main)).toThrow(/Cannot read properties of null/)
    expect(finallyRan).toBe(false)
  })

  it('names a task wakeup handle Task.task_wakeup, as CPython formats callbacks by __qualname__', () => {
    const waiter = async_def(function* waiter(fut: InstanceType<typeof asyncio.Future>) {
      yield* fut
    })
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      const fut = loop.create_future()
      const t = asyncio.create_task(waiter(fut))
      yield* asyncio.sleep(0)
      fut.set_result(1)
      print([...loop._ready].map((h) => repr(h)))
      yield* t
    })
    expect(outputOf(run(main))).toEqual(["0 ['<Handle Task.task_wakeup(<Future finished result=1>)>']"])
  })

  it('reports a deadlock when nothing is ready and no timer is left', () => {
    const main = async_def(function* main() {
      yield* asyncio.get_running_loop().create_future()
    })
    expect(run(main).outcome).toEqual({
      kind: 'deadlock',
      t: 0,
      stuck: [{ task: 'Task-1', coro: 'main', waitsOn: 'Future' }],
    })
  })

  it('finishes the current batch after stop() and keeps what it queued for the next run', () => {
    const trace = runProgram(program(function* () {
      const loop = asyncio.new_event_loop()
      loop.call_soon(() => {
        loop.stop()
        loop.call_soon(print, 'next run')
      })
      loop.call_soon(print, 'same batch')
      yield* loop.run_forever()
      print('stopped')
      loop.call_soon(loop.stop.bind(loop))
      yield* loop.run_forever()
      loop.close()
    }))
    expect(outputOf(trace)).toEqual(['0 same batch', '0 stopped', '0 next run'])
  })
})
