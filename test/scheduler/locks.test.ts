import { describe, expect, it } from 'vitest'
import {
  type Coro,
  RuntimeError,
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

function outputOfMain(main: () => Coro<unknown>): string[] {
  const trace = run(main)
  expect(trace.outcome).toEqual({ kind: 'ok' })
  return outputOf(trace)
}

/** Prints `tick i` once per loop iteration, so a test can see whether a call yielded. */
const ticker = async_def(function* ticker(n: number) {
  for (let i = 0; i < n; i++) {
    print(`tick ${i}`)
    yield* asyncio.sleep(0)
  }
})

describe('Lock', () => {
  it('acquires a free lock without giving the loop an iteration', () => {
    const main = async_def(function* main() {
      const lock = new asyncio.Lock()
      asyncio.create_task(ticker(2))
      yield* asyncio.sleep(0)
      print('acquired', yield* lock.acquire(), lock.locked())
      lock.release()
      yield* asyncio.sleep(0)
    })
    expect(outputOfMain(main)).toEqual(['tick 0', 'acquired True True', 'tick 1'])
  })

  it('hands the lock to waiters in the order they arrived', () => {
    const worker = async_def(function* worker(name: string, lock: InstanceType<typeof asyncio.Lock>) {
      yield* async_with(lock, function* () {
        print(name)
        yield* asyncio.sleep(1)
      })
    })
    const main = async_def(function* main() {
      const lock = new asyncio.Lock()
      yield* asyncio.gather(...['a', 'b', 'c', 'd'].map((n) => worker(n, lock)))
    })
    const trace = run(main)
    expect(trace.events.flatMap((e) => (e.kind === 'output' ? [`${e.t} ${e.text}`] : []))).toEqual([
      '0 a',
      '1 b',
      '2 c',
      '3 d',
    ])
  })

  it('refuses to release a lock that is not held', () => {
    const main = async_def(function* main() {
      try {
        new asyncio.Lock().release()
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e
        print(repr(e))
      }
    })
    expect(outputOfMain(main)).toEqual(["RuntimeError('Lock is not acquired.')"])
  })

  it('lets a newcomer take a free lock when every queued waiter is cancelled', () => {
    const main = async_def(function* main() {
      const lock = new asyncio.Lock()
      yield* lock.acquire()
      const w = asyncio.create_task(lock.acquire())
      yield* asyncio.sleep(0)
      w.cancel()
      lock.release()
      print('queued', lock._waiters!.length)
      yield* lock.acquire()
      print('took it', lock.locked())
    })
    expect(outputOfMain(main)).toEqual(['queued 1', 'took it True'])
  })

  it('shows its state and waiters in its repr', () => {
    const main = async_def(function* main() {
      const lock = new asyncio.Lock()
      print(repr(lock))
      yield* lock.acquire()
      asyncio.create_task(lock.acquire())
      asyncio.create_task(lock.acquire())
      yield* asyncio.sleep(0)
      print(repr(lock))
    })
    expect(outputOfMain(main)).toEqual([
      '<asyncio.locks.Lock object at 0x... [unlocked]>',
      '<asyncio.locks.Lock object at 0x... [locked, waiters:2]>',
    ])
  })

  it('stays bound to the first loop it waited in', () => {
    const lock: { value: InstanceType<typeof asyncio.Lock> | null } = { value: null }
    const one = async_def(function* one() {
      lock.value = new asyncio.Lock()
      yield* lock.value.acquire()
      asyncio.create_task(lock.value.acquire())
      yield* asyncio.sleep(0)
    })
    const two = async_def(function* two() {
      try {
        yield* lock.value!.acquire()
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e
        print(String(e.args[0]))
      }
    })
    const trace = runProgram(
      program(function* () {
        yield* asyncio.run(one())
        yield* asyncio.run(two())
      }),
    )
    expect(outputOf(trace)).toEqual([
      '<asyncio.locks.Lock object at 0x... [locked]> is bound to a different event loop',
    ])
  })
})

describe('Event', () => {
  it('returns True at once when it is already set', () => {
    const main = async_def(function* main() {
      const event = new asyncio.Event()
      event.set()
      asyncio.create_task(ticker(2))
      yield* asyncio.sleep(0)
      print('waited', yield* event.wait())
      yield* asyncio.sleep(0)
    })
    expect(outputOfMain(main)).toEqual(['tick 0', 'waited True', 'tick 1'])
  })

  it('wakes every waiter even when it is cleared again before they run', () => {
    const main = async_def(function* main() {
      const event = new asyncio.Event()
      const waiter = async_def(function* waiter(n: number) {
        const result = yield* event.wait()
        print(n, result, event.is_set())
      })
      const tasks = [0, 1].map((n) => asyncio.create_task(waiter(n)))
      yield* asyncio.sleep(0)
      print(repr(event))
      event.set()
      event.clear()
      yield* asyncio.gather(...tasks)
      print(repr(event))
    })
    expect(outputOfMain(main)).toEqual([
      '<asyncio.locks.Event object at 0x... [unset, waiters:2]>',
      '0 True False',
      '1 True False',
      '<asyncio.locks.Event object at 0x... [unset]>',
    ])
  })
})

describe('Condition', () => {
  it('refuses wait() and notify() without its lock', () => {
    const main = async_def(function* main() {
      const cond = new asyncio.Condition()
      try {
        cond.notify()
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e
        print(String(e.args[0]))
      }
      try {
        yield* cond.wait()
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e
        print(String(e.args[0]))
      }
    })
    expect(outputOfMain(main)).toEqual(['cannot notify on un-acquired lock', 'cannot wait on un-acquired lock'])
  })

  it('wakes n waiters in FIFO order with notify(n)', () => {
    const main = async_def(function* main() {
      const cond = new asyncio.Condition()
      const waiter = async_def(function* waiter(name: string) {
        yield* async_with(cond, function* () {
          yield* cond.wait()
          print(name)
        })
      })
      const tasks = ['a', 'b', 'c'].map((n) => asyncio.create_task(waiter(n)))
      yield* asyncio.sleep(0)
      yield* async_with(cond, function* () {
        cond.notify(2)
      })
      yield* asyncio.sleep(1)
      print('one left:', cond._waiters.length)
      yield* async_with(cond, function* () {
        cond.notify_all()
      })
      yield* asyncio.gather(...tasks)
    })
    expect(outputOfMain(main)).toEqual(['a', 'b', 'one left: 1', 'c'])
  })

  it('shares a lock passed to it', () => {
    const main = async_def(function* main() {
      const lock = new asyncio.Lock()
      const cond = new asyncio.Condition(lock)
      yield* lock.acquire()
      print(cond.locked(), repr(cond))
      cond.release()
      print(lock.locked())
    })
    expect(outputOfMain(main)).toEqual(['True <asyncio.locks.Condition object at 0x... [locked]>', 'False'])
  })

  it('returns the true value of the predicate from wait_for', () => {
    const main = async_def(function* main() {
      const cond = new asyncio.Condition()
      const items: string[] = []
      const t = asyncio.create_task(
        async_def(function* taker() {
          yield* cond.acquire()
          try {
            print('got', yield* cond.wait_for(() => items.slice()))
          } finally {
            cond.release()
          }
        })(),
      )
      yield* asyncio.sleep(1)
      yield* async_with(cond, function* () {
        cond.notify() // predicate still false: the taker waits again
      })
      yield* asyncio.sleep(1)
      yield* async_with(cond, function* () {
        items.push('x')
        cond.notify()
      })
      yield* t
    })
    expect(outputOfMain(main)).toEqual(["got ['x']"])
  })

  it('holds the lock again before raising, even when cancelled again while reacquiring it', () => {
    const main = async_def(function* main() {
      const cond = new asyncio.Condition()
      const t = asyncio.create_task(
        async_def(function* w() {
          yield* async_with(cond, function* () {
            try {
              yield* cond.wait()
            } catch (e) {
              if (!(e instanceof asyncio.CancelledError)) throw e
              print('raised', repr(e), 'locked', cond.locked())
              throw e
            }
          })
        })(),
      )
      yield* asyncio.sleep(0)
      yield* async_with(cond, function* () {
        t.cancel()
        yield* asyncio.sleep(0)
        t.cancel()
        yield* asyncio.sleep(0)
        print('t done?', t.done(), t.cancelling())
      })
      yield* asyncio.gather(t, { return_exceptions: true })
      print('cancelled', t.cancelled(), cond.locked())
    })
    expect(outputOfMain(main)).toEqual([
      't done? False 2',
      'raised CancelledError() locked True',
      'cancelled True False',
    ])
  })
})

describe('Semaphore', () => {
  it('rejects a negative initial value', () => {
    const main = async_def(function* main() {
      try {
        new asyncio.Semaphore(-1)
      } catch (e) {
        if (!(e instanceof ValueError)) throw e
        print(repr(e))
      }
    })
    expect(outputOfMain(main)).toEqual(["ValueError('Semaphore initial value must be >= 0')"])
  })

  it('counts as locked while a live waiter is queued, whatever its value', () => {
    const main = async_def(function* main() {
      const sem = new asyncio.Semaphore(1)
      print(repr(sem))
      yield* sem.acquire()
      const w = asyncio.create_task(sem.acquire())
      yield* asyncio.sleep(0)
      sem.release() // hands the unit to w
      sem.release() // nobody left to wake: value 1
      print(sem._value, sem.locked(), repr(sem))
      yield* w
      print(sem._value, sem.locked())
    })
    expect(outputOfMain(main)).toEqual([
      '<asyncio.locks.Semaphore object at 0x... [unlocked, value:1]>',
      '1 True <asyncio.locks.Semaphore object at 0x... [locked, waiters:1]>',
      '1 False',
    ])
  })

  it('raises ValueError when a BoundedSemaphore is released past its start', () => {
    const main = async_def(function* main() {
      const sem = new asyncio.BoundedSemaphore(1)
      yield* sem.acquire()
      sem.release()
      sem.release()
    })
    expect(run(main).outcome).toEqual({
      kind: 'exception',
      t: 0,
      type: 'ValueError',
      line: 'ValueError: BoundedSemaphore released too many times',
    })
  })
})

describe('Barrier', () => {
  it('rejects fewer than one party', () => {
    const main = async_def(function* main() {
      try {
        new asyncio.Barrier(0)
      } catch (e) {
        if (!(e instanceof ValueError)) throw e
        print(repr(e))
      }
    })
    expect(outputOfMain(main)).toEqual(["ValueError('parties must be > 0')"])
  })

  it('breaks its waiters on reset() and works again afterwards', () => {
    const main = async_def(function* main() {
      const b = new asyncio.Barrier(3)
      const w = async_def(function* w(n: number) {
        try {
          print(n, 'passed', yield* b.wait())
        } catch (e) {
          if (!(e instanceof asyncio.BrokenBarrierError)) throw e
          print(n, repr(e))
        }
      })
      let tasks = [0, 1].map((n) => asyncio.create_task(w(n)))
      yield* asyncio.sleep(0)
      print(repr(b))
      yield* b.reset()
      print(repr(b))
      yield* asyncio.gather(...tasks)
      print(repr(b))
      tasks = [0, 1, 2].map((n) => asyncio.create_task(w(n)))
      yield* asyncio.gather(...tasks)
      yield* b.abort()
      print(repr(b))
    })
    expect(outputOfMain(main)).toEqual([
      '<asyncio.locks.Barrier object at 0x... [filling, waiters:2/3]>',
      '<asyncio.locks.Barrier object at 0x... [resetting, waiters:0/3]>',
      "0 BrokenBarrierError('Abort or reset of barrier')",
      "1 BrokenBarrierError('Abort or reset of barrier')",
      '<asyncio.locks.Barrier object at 0x... [filling, waiters:0/3]>',
      '2 passed 2',
      '0 passed 0',
      '1 passed 1',
      '<asyncio.locks.Barrier object at 0x... [broken]>',
    ])
  })
})

describe('a task blocked on a primitive forever', () => {
  it('is reported by a deadlock as waiting on a Future, under the method it runs', () => {
    const main = async_def(function* main() {
      const lock = new asyncio.Lock()
      const sem = new asyncio.Semaphore(0)
      const cond = new asyncio.Condition()
      const barrier = new asyncio.Barrier(2)
      yield* lock.acquire()
      asyncio.create_task(lock.acquire())
      asyncio.create_task(sem.acquire())
      asyncio.create_task(new asyncio.Event().wait())
      asyncio.create_task(barrier.wait())
      yield* cond.acquire()
      yield* cond.wait()
    })
    expect(run(main).outcome).toEqual({
      kind: 'deadlock',
      t: 0,
      stuck: [
        { task: 'Task-1', coro: 'main', waitsOn: 'Future' },
        { task: 'Task-2', coro: 'Lock.acquire', waitsOn: 'Future' },
        { task: 'Task-3', coro: 'Semaphore.acquire', waitsOn: 'Future' },
        { task: 'Task-4', coro: 'Event.wait', waitsOn: 'Future' },
        { task: 'Task-5', coro: 'Barrier.wait', waitsOn: 'Future' },
      ],
    })
  })
})
