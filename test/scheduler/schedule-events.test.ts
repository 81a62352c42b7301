import { describe, expect, test } from 'vitest'
import type { Blocking } from '../../src/scheduler/coro.js'
import { runProgram } from '../../src/scheduler/program.js'
import { ValueError, async_def, asyncio, print, threading, time } from '../../src/scheduler/python.js'
import type { IterationEvent, ThreadEvent, Trace } from '../../src/scheduler/trace.js'
import type { WorldOptions } from '../../src/scheduler/world.js'

function run(body: () => Blocking<unknown>, options: WorldOptions = {}): Trace {
  return runProgram(body, options)
}

/** Iterations as `t ready | timers`, one line each. */
function iterations(trace: Trace): string[] {
  return trace.events
    .filter((event): event is IterationEvent => event.kind === 'iteration')
    .map((event) => {
      const ready = event.ready.map((item) => (item.kind === 'callback' ? item.name : `${item.kind} ${item.task}`))
      const timers = event.timers.map((item) => `${item.when} ${item.kind === 'callback' ? item.name : `sleep ${item.task}`}`)
      return `${event.t} ${event.thread}: ${ready.join(', ')} | ${timers.join(', ')}`
    })
}

function threadEvents(trace: Trace): string[] {
  return trace.events
    .filter((event): event is ThreadEvent => event.kind === 'thread')
    .map((event) => `${event.t} ${event.thread} ${event.event}${event.detail === undefined ? '' : ` ${event.detail}`}`)
}

const say_after = async_def(function* say_after(delay: number, what: string) {
  yield* asyncio.sleep(delay)
  print(what)
})

const two_sleepers = async_def(function* main() {
  const first = asyncio.create_task(say_after(1, 'hello'))
  const second = asyncio.create_task(say_after(2, 'world'))
  yield* first
  yield* second
})

describe('iteration events', () => {
  test('are not recorded unless the world asks for them', () => {
    const trace = run(function* () {
      yield* asyncio.run(two_sleepers())
    })
    expect(iterations(trace)).toEqual([])
  })

  test('show each iteration’s ready handles and the timers left, soonest first', () => {
    const trace = run(
      function* () {
        yield* asyncio.run(two_sleepers())
      },
      { recordIterations: true },
    )
    expect(iterations(trace).slice(0, 6)).toEqual([
      '0 MainThread: step Task-1 | ',
      '0 MainThread: step Task-2, step Task-3 | ',
      '1 MainThread: sleep-done Task-2 | 2 sleep Task-3',
      '1 MainThread: step Task-2 | 2 sleep Task-3',
      '1 MainThread: step Task-1 | 2 sleep Task-3',
      '2 MainThread: sleep-done Task-3 | ',
    ])
    // asyncio.run's own callback, by its Python name.
    expect(iterations(trace)).toContain('2 MainThread: _run_until_complete_cb | ')
  })

  test('leave out cancelled timers and name plain callbacks', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      const doomed = loop.call_later(5, print, 'never')
      loop.call_later(3, print, 'later')
      doomed.cancel()
      yield* asyncio.sleep(4)
    })
    const trace = run(
      function* () {
        yield* asyncio.run(main())
      },
      { recordIterations: true },
    )
    expect(iterations(trace).slice(0, 3)).toEqual([
      '0 MainThread: step Task-1 | ',
      '3 MainThread: print | 4 sleep Task-1',
      '4 MainThread: sleep-done Task-1 | ',
    ])
  })
})

describe('thread events', () => {
  function* sleeper(): Blocking<void> {
    yield* time.sleep(2)
    print('slept')
  }

  test('follow a thread from its start to its end, and the main thread while it waits', () => {
    const trace = run(function* () {
      const thread = new threading.Thread({ target: sleeper })
      yield* thread.start()
      yield* thread.join()
    })
    expect(threadEvents(trace)).toEqual([
      '0 MainThread blocked start',
      '0 Thread-1 (sleeper) started',
      '0 Thread-1 (sleeper) blocked time.sleep(2)',
      '0 MainThread resumed',
      '0 MainThread blocked join Thread-1 (sleeper)',
      '2 Thread-1 (sleeper) resumed',
      '2 Thread-1 (sleeper) finished',
      '2 MainThread resumed',
    ])
  })

  test('are not recorded while the main thread is alone', () => {
    const trace = run(function* () {
      yield* time.sleep(1)
      print('done')
    })
    expect(threadEvents(trace)).toEqual([])
  })

  test('record a thread’s end after the report of the exception that ended it', () => {
    function* fails(): Blocking<void> {
      yield* time.sleep(1)
      throw new ValueError('boom')
    }
    const trace = run(function* () {
      const thread = new threading.Thread({ target: fails })
      yield* thread.start()
      yield* thread.join()
    })
    const kinds = trace.events.filter((e) => e.kind === 'log' || (e.kind === 'thread' && e.event === 'finished')).map((e) => e.kind)
    expect(kinds).toEqual(['log', 'thread'])
  })

  test('are left out with the task events', () => {
    const trace = run(
      function* () {
        const thread = new threading.Thread({ target: sleeper })
        yield* thread.start()
        yield* thread.join()
      },
      { recordTaskEvents: false },
    )
    expect(threadEvents(trace)).toEqual([])
  })
})
