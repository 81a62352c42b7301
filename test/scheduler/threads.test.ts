import { describe, expect, test } from 'vitest'
import type { Blocking } from '../../src/scheduler/coro.js'
import type { EventLoop } from '../../src/scheduler/loop.js'
import { runProgram } from '../../src/scheduler/program.js'
import {
  RuntimeError,
  TimeoutError,
  ValueError,
  async_def,
  asyncio,
  concurrent,
  float,
  print,
  threading,
  time,
} from '../../src/scheduler/python.js'
import type { Outcome, Trace } from '../../src/scheduler/trace.js'

/** Output lines as `t thread text`, the time to the microsecond. */
function lines(trace: Trace): string[] {
  return trace.events.flatMap((event) => (event.kind === 'output' ? [`${event.t.toFixed(3)} ${event.thread}: ${event.text}`] : []))
}

function run(body: () => Blocking<unknown>): Trace {
  return runProgram(body)
}

function* start_loop(loop: EventLoop): Blocking<void> {
  asyncio.set_event_loop(loop)
  yield* loop.run_forever()
}

const work = async_def(function* work(x: number) {
  print(`waiting ${x}`)
  yield* asyncio.sleep(x)
  print(`done after ${x}s`)
  return x * 10
})

describe('threading.Thread', () => {
  test('names threads Thread-N (target) as CPython 3.11 does, counting only default names', () => {
    const trace = run(function* () {
      function worker(): void {}
      const a = new threading.Thread({ target: worker })
      const b = new threading.Thread({ name: 'custom', target: worker })
      const c = new threading.Thread()
      const d = new threading.Thread({ target: worker })
      print(a.name, b.name, c.name, d.name, threading.current_thread().name)
    })
    expect(lines(trace)).toEqual(['0.000 MainThread: Thread-1 (worker) custom Thread-2 Thread-3 (worker) MainThread'])
  })

  test('runs the new thread until it blocks before start() returns', () => {
    const trace = run(function* () {
      const t = new threading.Thread({
        target: function* worker() {
          print('worker starts', threading.current_thread().name)
          yield* time.sleep(1)
          print('worker ends')
        },
      })
      yield* t.start()
      print('main goes on', t.is_alive())
      yield* t.join()
      print('joined', t.is_alive(), float(time.monotonic()))
    })
    expect(lines(trace)).toEqual([
      '0.000 Thread-1 (worker): worker starts Thread-1 (worker)',
      '0.000 MainThread: main goes on True',
      '1.000 Thread-1 (worker): worker ends',
      '1.000 MainThread: joined False 1.0',
    ])
  })

  test('interleaves sleeping threads by wake-up time, and same-time wake-ups by who slept first', () => {
    const trace = run(function* () {
      const sleeper = function* sleeper(name: string, delays: number[]) {
        for (const d of delays) {
          yield* time.sleep(d)
          print(name)
        }
      }
      const a = new threading.Thread({ target: sleeper, args: ['a', [1, 1, 1]] })
      const b = new threading.Thread({ target: sleeper, args: ['b', [2, 0.5]] })
      yield* a.start()
      yield* b.start()
      yield* time.sleep(2)
      print('main')
      yield* a.join()
      yield* b.join()
    })
    // At t=2: `a` slept (at t=1) before `b` (t=0)? No: b began its 2 s sleep at t=0, a its second
    // 1 s sleep at t=1, main its 2 s sleep at t=0 after b: so b, main, then a.
    expect(lines(trace)).toEqual([
      '1.000 Thread-1 (sleeper): a',
      '2.000 Thread-2 (sleeper): b',
      '2.000 MainThread: main',
      '2.000 Thread-1 (sleeper): a',
      '2.500 Thread-2 (sleeper): b',
      '3.000 Thread-1 (sleeper): a',
    ])
  })

  test('join(timeout) returns after the timeout with the thread still alive', () => {
    const trace = run(function* () {
      const t = new threading.Thread({ target: () => time.sleep(5) })
      yield* t.start()
      yield* t.join(1.5)
      print('after join(1.5)', t.is_alive(), float(time.monotonic()))
      yield* t.join(0)
      print('join(0) does not wait', float(time.monotonic()))
      yield* t.join()
      print('after join()', t.is_alive(), float(time.monotonic()))
    })
    expect(lines(trace)).toEqual([
      '1.500 MainThread: after join(1.5) True 1.5',
      '1.500 MainThread: join(0) does not wait 1.5',
      '5.000 MainThread: after join() False 5.0',
    ])
  })

  test('refuses to start twice, to join before start and to join itself', () => {
    const trace = run(function* () {
      const t = new threading.Thread({ target: () => undefined })
      try {
        yield* t.join()
      } catch (error) {
        print((error as RuntimeError).message)
      }
      yield* t.start()
      try {
        yield* t.start()
      } catch (error) {
        print((error as RuntimeError).message)
      }
      try {
        yield* threading.current_thread().join()
      } catch (error) {
        print((error as RuntimeError).message)
      }
    })
    expect(lines(trace).map((line) => line.slice(18))).toEqual([
      'cannot join thread before it is started',
      'threads can only be started once',
      'cannot join current thread',
    ])
  })

  test('reports an exception escaping a thread and lets the program go on', () => {
    const trace = run(function* () {
      const t = new threading.Thread({
        target: function* boom() {
          yield* time.sleep(1)
          throw new ValueError('boom')
        },
      })
      yield* t.start()
      yield* t.join()
      print('main survives')
    })
    expect(trace.events.filter((e) => e.kind !== 'task' && e.kind !== 'thread')).toMatchObject([
      { kind: 'log', t: 1, message: 'Exception in thread Thread-1 (boom)', exception: 'ValueError: boom' },
      { kind: 'output', text: 'main survives' },
    ])
    expect(trace.outcome).toEqual({ kind: 'ok' })
  })

  test('Event.wait blocks until set() from another thread, or returns false on timeout', () => {
    const trace = run(function* () {
      const ev = new threading.Event()
      const t = new threading.Thread({
        target: function* setter() {
          yield* time.sleep(2)
          ev.set()
          print('set')
        },
      })
      yield* t.start()
      print('wait(1):', yield* ev.wait(1))
      print('wait():', yield* ev.wait())
      print('wait() on a set event:', yield* ev.wait())
    })
    expect(lines(trace)).toEqual([
      '1.000 MainThread: wait(1): False',
      '2.000 Thread-1 (setter): set',
      '2.000 MainThread: wait(): True',
      '2.000 MainThread: wait() on a set event: True',
    ])
  })
})

describe('threading.Lock', () => {
  test('makes a contended acquire wait for the release, or give up at its timeout', () => {
    const trace = run(function* () {
      const lock = new threading.Lock()
      const t = new threading.Thread({
        target: function* holder() {
          yield* lock.acquire()
          yield* time.sleep(2)
          lock.release()
        },
      })
      yield* t.start()
      print('timeout 1:', yield* lock.acquire(true, 1), float(time.monotonic()))
      print('non-blocking:', yield* lock.acquire(false))
      print('no timeout:', yield* lock.acquire(), float(time.monotonic()), lock.locked())
      lock.release()
      try {
        lock.release()
      } catch (error) {
        print((error as RuntimeError).message)
      }
    })
    expect(lines(trace)).toEqual([
      '1.000 MainThread: timeout 1: False 1.0',
      '1.000 MainThread: non-blocking: False',
      '2.000 MainThread: no timeout: True 2.0 True',
      '2.000 MainThread: release unlocked lock',
    ])
  })
})

describe('process exit', () => {
  test("leaves the pending tasks of a daemon thread's running loop unreported, as its stack is never unwound", () => {
    const slow = async_def(function* slow() {
      yield* asyncio.sleep(10)
    })
    const trace = run(function* () {
      const loop = asyncio.new_event_loop()
      yield* new threading.Thread({ target: start_loop, args: [loop], daemon: true }).start()
      asyncio.run_coroutine_threadsafe(slow(), loop)
      yield* time.sleep(1)
    })
    expect(trace.events.filter((e) => e.kind === 'log')).toEqual([])
    expect(trace.outcome).toEqual({ kind: 'ok' })
  })

  test('ends with the main thread when only daemon threads are left', () => {
    const trace = run(function* () {
      const loop = asyncio.new_event_loop()
      const t = new threading.Thread({ target: start_loop, args: [loop], daemon: true })
      yield* t.start()
      print('main ends', t.daemon)
    })
    expect(lines(trace)).toEqual(['0.000 MainThread: main ends True'])
    expect(trace.outcome).toEqual({ kind: 'ok' })
  })

  test('waits for non-daemon threads after the main thread ends', () => {
    const trace = run(function* () {
      const t = new threading.Thread({
        target: function* late() {
          yield* time.sleep(3)
          print('late thread ends')
        },
      })
      yield* t.start()
      print('main ends')
    })
    expect(lines(trace)).toEqual(['0.000 MainThread: main ends', '3.000 Thread-1 (late): late thread ends'])
    expect(trace.outcome).toEqual({ kind: 'ok' })
  })

  test('reports a loop running forever in a non-daemon thread as a process that would never exit', () => {
    const trace = run(function* () {
      const loop = asyncio.new_event_loop()
      const t = new threading.Thread({ target: start_loop, args: [loop] })
      yield* t.start()
      asyncio.run_coroutine_threadsafe(work(2), loop)
      print('main ends')
    })
    expect(lines(trace)).toEqual([
      '0.000 MainThread: main ends',
      '0.000 Thread-1 (start_loop): waiting 2',
      '2.000 Thread-1 (start_loop): done after 2s',
    ])
    const outcome: Outcome = {
      kind: 'deadlock',
      t: 2,
      stuck: [],
      threads: [
        { thread: 'MainThread', waitsIn: 'exit' },
        { thread: 'Thread-1 (start_loop)', waitsIn: 'run_forever' },
      ],
    }
    expect(trace.outcome).toEqual(outcome)
  })

  test('reports threads blocked in join on each other', () => {
    const trace = run(function* () {
      const ev = new threading.Event()
      const t = new threading.Thread({ target: () => ev.wait(), name: 'waiter' })
      yield* t.start()
      yield* t.join()
    })
    expect(trace.outcome).toEqual({
      kind: 'deadlock',
      t: 0,
      stuck: [],
      threads: [
        { thread: 'MainThread', waitsIn: 'join waiter' },
        { thread: 'waiter', waitsIn: 'Event.wait' },
      ],
    })
  })

  test('keeps the single-threaded deadlock report unchanged', () => {
    const main = async_def(function* main() {
      yield* asyncio.get_running_loop().create_future()
    })
    const trace = run(function* () {
      yield* asyncio.run(main())
    })
    expect(trace.outcome).toEqual({ kind: 'deadlock', t: 0, stuck: [{ task: 'Task-1', coro: 'main', waitsOn: 'Future' }] })
  })
})

describe('loop.call_soon_threadsafe', () => {
  test('wakes a loop idle in another thread at the current virtual time', () => {
    const trace = run(function* () {
      const loop = asyncio.new_event_loop()
      const t = new threading.Thread({ target: start_loop, args: [loop], daemon: true })
      yield* t.start()
      yield* time.sleep(1.25)
      loop.call_soon_threadsafe(print, 'called back', loop.time())
      yield* time.sleep(1)
      loop.call_soon_threadsafe(() => loop.stop())
      yield* t.join()
      print('loop stopped', loop.is_running())
    })
    expect(lines(trace)).toEqual([
      '1.250 Thread-1 (start_loop): called back 1.25',
      '2.250 MainThread: loop stopped False',
    ])
  })

  test('a plain call_soon from another thread waits for the loop to wake by itself', () => {
    const trace = run(function* () {
      const loop = asyncio.new_event_loop()
      const t = new threading.Thread({ target: start_loop, args: [loop], daemon: true })
      yield* t.start()
      loop.call_soon_threadsafe(() => loop.call_later(5, print, 'timer'))
      yield* time.sleep(1)
      loop.call_soon(print, 'not threadsafe')
      yield* time.sleep(10)
    })
    expect(lines(trace)).toEqual(['5.000 Thread-1 (start_loop): not threadsafe', '5.000 Thread-1 (start_loop): timer'])
  })
})

describe('asyncio.run_coroutine_threadsafe', () => {
  test('runs jobs of 6 s and 4 s concurrently on a loop thread: the main thread gets both after 6 s', () => {
    const trace = run(function* () {
      const loop = asyncio.new_event_loop()
      const t = new threading.Thread({ target: start_loop, args: [loop], daemon: true })
      yield* t.start()
      const f6 = asyncio.run_coroutine_threadsafe(work(6), loop)
      const f4 = asyncio.run_coroutine_threadsafe(work(4), loop)
      print('posted', f6.done())
      print('results', yield* f6.result(), yield* f4.result(), float(time.monotonic()))
      loop.call_soon_threadsafe(() => loop.stop())
      yield* t.join()
      loop.close()
    })
    expect(lines(trace)).toEqual([
      '0.000 MainThread: posted False',
      '0.000 Thread-1 (start_loop): waiting 6',
      '0.000 Thread-1 (start_loop): waiting 4',
      '4.000 Thread-1 (start_loop): done after 4s',
      '6.000 Thread-1 (start_loop): done after 6s',
      '6.000 MainThread: results 60 40 6.0',
    ])
    expect(trace.outcome).toEqual({ kind: 'ok' })
  })

  test('result(timeout) raises TimeoutError when the job is not done in time, and cancel() cancels the task', () => {
    const trace = run(function* () {
      const loop = asyncio.new_event_loop()
      const t = new threading.Thread({ target: start_loop, args: [loop], daemon: true })
      yield* t.start()
      const fut = asyncio.run_coroutine_threadsafe(work(5), loop)
      try {
        yield* fut.result(2)
      } catch (error) {
        print('timeout', error instanceof TimeoutError, float(time.monotonic()))
      }
      print('cancel', fut.cancel(), fut.cancelled(), fut.done())
      try {
        yield* fut.result()
      } catch (error) {
        print('result raises', error instanceof concurrent.futures.CancelledError)
      }
      yield* time.sleep(0.5)
      print('tasks left', asyncio.all_tasks(loop).size)
    })
    expect(lines(trace)).toEqual([
      '0.000 Thread-1 (start_loop): waiting 5',
      '2.000 MainThread: timeout True 2.0',
      '2.000 MainThread: cancel True True True',
      '2.000 MainThread: result raises True',
      '2.500 MainThread: tasks left 0',
    ])
  })

  test('hands the coroutine exception to result() in the calling thread', () => {
    const fail = async_def(function* fail() {
      yield* asyncio.sleep(1)
      throw new ValueError('bad job')
    })
    const trace = run(function* () {
      const loop = asyncio.new_event_loop()
      const t = new threading.Thread({ target: start_loop, args: [loop], daemon: true })
      yield* t.start()
      const fut = asyncio.run_coroutine_threadsafe(fail(), loop)
      fut.add_done_callback((f) => print('callback in', threading.current_thread().name, f.done()))
      try {
        yield* fut.result()
      } catch (error) {
        print('caught', (error as ValueError).message, float(time.monotonic()))
      }
    })
    expect(lines(trace)).toEqual([
      '1.000 Thread-1 (start_loop): callback in Thread-1 (start_loop) True',
      '1.000 MainThread: caught bad job 1.0',
    ])
  })

  test('a time.sleep inside a coroutine blocks its loop thread only', () => {
    const blocker = async_def(function* blocker() {
      yield* time.sleep(3)
      print('blocker woke')
    })
    const trace = run(function* () {
      const loop = asyncio.new_event_loop()
      const t = new threading.Thread({ target: start_loop, args: [loop], daemon: true })
      yield* t.start()
      asyncio.run_coroutine_threadsafe(work(1), loop)
      asyncio.run_coroutine_threadsafe(blocker(), loop)
      yield* time.sleep(2)
      print('main is not blocked')
      yield* time.sleep(2)
    })
    expect(lines(trace)).toEqual([
      '0.000 Thread-1 (start_loop): waiting 1',
      '2.000 MainThread: main is not blocked',
      '3.000 Thread-1 (start_loop): blocker woke',
      '3.000 Thread-1 (start_loop): done after 1s',
    ])
  })
})

describe('concurrent.futures.Future', () => {
  test('runs done-callbacks at once in the completing thread, and a late one at once in the caller', () => {
    const trace = run(function* () {
      const fut = new concurrent.futures.Future<number>()
      fut.add_done_callback((f) => print('first callback', f.done()))
      print('running?', fut.running(), fut.set_running_or_notify_cancel(), fut.running())
      fut.set_result(42)
      fut.add_done_callback(() => print('late callback'))
      print('result', yield* fut.result(), yield* fut.exception(), fut.cancel())
      try {
        fut.set_result(1)
      } catch (error) {
        print('set twice:', error instanceof concurrent.futures.InvalidStateError)
      }
    })
    expect(lines(trace).map((line) => line.slice(18))).toEqual([
      'running? False True True',
      'first callback True',
      'late callback',
      'result 42 None False',
      'set twice: True',
    ])
  })

  test('logs an exception raised by a done-callback and goes on with the next', () => {
    const trace = run(function* () {
      const fut = new concurrent.futures.Future<number>()
      fut.add_done_callback(() => {
        throw new ValueError('bad callback')
      })
      fut.add_done_callback(() => print('next callback'))
      fut.set_result(1)
    })
    expect(trace.events.filter((e) => e.kind !== 'task')).toMatchObject([
      { kind: 'log', message: 'exception calling callback for Future', exception: 'ValueError: bad callback' },
      { kind: 'output', text: 'next callback' },
    ])
  })

  test('refuses a coroutine function as thread code: only blocking generators may run in a thread', () => {
    const coro = async_def(function* coro() {
      yield* asyncio.sleep(0)
    })
    expect(() =>
      run(function* () {
        yield* new threading.Thread({ target: coro }).start()
      }),
    ).toThrow(/yielded/)
  })
})
