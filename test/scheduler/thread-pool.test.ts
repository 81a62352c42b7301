import { describe, expect, test } from 'vitest'
import type { Blocking } from '../../src/scheduler/coro.js'
import { runProgram } from '../../src/scheduler/program.js'
import { RuntimeError, ValueError, async_def, asyncio, concurrent, del_, float, print, threading, time } from '../../src/scheduler/python.js'
import { CPU_COUNT } from '../../src/scheduler/thread-pool.js'
import type { Trace } from '../../src/scheduler/trace.js'

/** Output lines as `t thread text`, the time to the millisecond. */
function lines(trace: Trace): string[] {
  return trace.events.flatMap((event) => (event.kind === 'output' ? [`${event.t.toFixed(3)} ${event.thread}: ${event.text}`] : []))
}

function* nap(seconds: number): Blocking<number> {
  print('nap', seconds, 'in', threading.current_thread().name)
  yield* time.sleep(seconds)
  return seconds * 10
}

function* fails(): Blocking<never> {
  yield* time.sleep(0.5)
  throw new ValueError('boom')
}

const threadNames = (): string[] =>
  threading
    .enumerate()
    .map((t) => t.name)
    .sort()

describe('ThreadPoolExecutor', () => {
  test('a submitted job runs in a new worker before submit returns', () => {
    const trace = runProgram(function* () {
      const pool = new concurrent.futures.ThreadPoolExecutor({ max_workers: 2 })
      const f = yield* pool.submit(nap, 1)
      print('submitted, running:', f.running())
      print('result', yield* f.result(), 'at', float(time.monotonic()))
      yield* pool.shutdown(true)
    })
    expect(lines(trace)).toEqual([
      '0.000 ThreadPoolExecutor-0_0: nap 1 in ThreadPoolExecutor-0_0',
      '0.000 MainThread: submitted, running: True',
      '1.000 MainThread: result 10 at 1.0',
    ])
  })

  test('an idle worker takes the next job instead of a new thread being started', () => {
    const trace = runProgram(function* () {
      const pool = new concurrent.futures.ThreadPoolExecutor({ max_workers: 4 })
      yield* (yield* pool.submit(nap, 1)).result()
      yield* (yield* pool.submit(nap, 1)).result()
      print(threadNames())
      yield* pool.shutdown(true)
      print(threadNames())
    })
    expect(lines(trace).slice(2)).toEqual(["2.000 MainThread: ['MainThread', 'ThreadPoolExecutor-0_0']", "2.000 MainThread: ['MainThread']"])
  })

  test('jobs beyond max_workers wait in the queue', () => {
    const trace = runProgram(function* () {
      const pool = new concurrent.futures.ThreadPoolExecutor({ max_workers: 1, thread_name_prefix: 'one' })
      const a = yield* pool.submit(nap, 1)
      const b = yield* pool.submit(nap, 1)
      print(yield* a.result(), yield* b.result(), 'at', float(time.monotonic()))
      yield* pool.__enter__().__exit__()
    })
    expect(lines(trace)).toEqual(['0.000 one_0: nap 1 in one_0', '1.000 one_0: nap 1 in one_0', '2.000 MainThread: 10 10 at 2.0'])
  })

  test('max_workers defaults to min(32, cpu_count + 4) with the pinned cpu count', () => {
    const trace = runProgram(function* () {
      print(new concurrent.futures.ThreadPoolExecutor()._max_workers)
    })
    expect(lines(trace)).toEqual([`0.000 MainThread: ${CPU_COUNT + 4}`])
  })

  test('a shut down pool refuses new work', () => {
    const trace = runProgram(function* () {
      const pool = new concurrent.futures.ThreadPoolExecutor()
      yield* pool.shutdown(true)
      try {
        yield* pool.submit(nap, 1)
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e
        print(e.args[0])
      }
    })
    expect(lines(trace)).toEqual(['0.000 MainThread: cannot schedule new futures after shutdown'])
  })

  test('a pool left open does not keep the process alive once its jobs end', () => {
    const trace = runProgram(function* () {
      const pool = new concurrent.futures.ThreadPoolExecutor()
      yield* pool.submit(nap, 2)
    })
    expect(trace.outcome).toEqual({ kind: 'ok' })
    expect(lines(trace)).toEqual(['0.000 ThreadPoolExecutor-0_0: nap 2 in ThreadPoolExecutor-0_0'])
  })
})

describe('run_in_executor and to_thread', () => {
  test('a blocking job in to_thread leaves the loop free for other tasks', () => {
    const ticker = async_def(function* ticker() {
      for (let i = 0; i < 3; i++) {
        print('tick', float(time.monotonic()))
        yield* asyncio.sleep(0.5)
      }
    })
    const main = async_def(function* main() {
      const t = asyncio.create_task(ticker())
      print('got', yield* asyncio.to_thread(nap, 1), 'at', float(time.monotonic()))
      yield* t
    })
    const trace = runProgram(function* () {
      yield* asyncio.run(main())
    })
    expect(lines(trace)).toEqual([
      '0.000 asyncio_0: nap 1 in asyncio_0',
      '0.000 MainThread: tick 0.0',
      '0.500 MainThread: tick 0.5',
      '1.000 MainThread: got 10 at 1.0',
      '1.000 MainThread: tick 1.0',
    ])
  })

  test('an exception raised by the job is raised by the awaited future', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      try {
        yield* yield* loop.run_in_executor(null, fails)
      } catch (e) {
        if (!(e instanceof ValueError)) throw e
        print('caught', e.args[0], 'at', float(loop.time()))
      }
    })
    const trace = runProgram(function* () {
      yield* asyncio.run(main())
    })
    expect(lines(trace)).toEqual(['0.500 MainThread: caught boom at 0.5'])
  })

  test('asyncio.run waits for the default executor in a Thread-N (_do_shutdown) thread', () => {
    const main = async_def(function* main() {
      del_(yield* asyncio.get_running_loop().run_in_executor(null, nap, 2))
    })
    const trace = runProgram(function* () {
      yield* asyncio.run(main())
      print('run returned at', float(time.monotonic()), threadNames())
      print(new threading.Thread().name)
    })
    expect(lines(trace)).toEqual([
      '0.000 asyncio_0: nap 2 in asyncio_0',
      "2.000 MainThread: run returned at 2.0 ['MainThread']",
      '2.000 MainThread: Thread-2',
    ])
    const shutdown = trace.events.find((event) => event.kind === 'task' && event.task === 'Task-3' && event.event === 'started')
    expect(shutdown?.t).toBe(0)
  })

  test('a loop whose executor was shut down refuses run_in_executor', () => {
    const trace = runProgram(function* () {
      const loop = asyncio.new_event_loop()
      yield* loop.run_until_complete(loop.shutdown_default_executor())
      try {
        yield* loop.run_in_executor(null, nap, 1)
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e
        print(e.args[0])
      }
      loop.close()
    })
    expect(lines(trace)).toEqual(['0.000 MainThread: Executor shutdown has been called'])
  })

  test('wrap_future returns an asyncio future unchanged', () => {
    const main = async_def(function* main() {
      const fut = asyncio.get_running_loop().create_future()
      print(asyncio.wrap_future(fut) === fut)
      fut.set_result(null)
    })
    const trace = runProgram(function* () {
      yield* asyncio.run(main())
    })
    expect(lines(trace)).toEqual(['0.000 MainThread: True'])
  })
})
