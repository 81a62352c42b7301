import { RuntimeError, async_def, asyncio, print, program, repr, time } from '../../../../src/scheduler/python.js'

type Condition = InstanceType<typeof asyncio.Condition>

const consumer = async_def(function* consumer(name: string, cond: Condition, state: Map<string, number>) {
  yield* cond.acquire() // async with cond:
  try {
    print(`${name} waiting`)
    const result = yield* cond.wait()
    print(`${name} woke at ${time.monotonic().toFixed(1)} with ${repr(result)}, items=${state.get('items')}`)
  } finally {
    cond.release()
  }
})

const main = async_def(function* main() {
  const cond = new asyncio.Condition()
  const state = new Map([['items', 0]])
  const tasks = ['a', 'b', 'c', 'd'].map((n) => asyncio.create_task(consumer(n, cond, state)))
  yield* asyncio.sleep(1)
  yield* cond.acquire() // async with cond:
  try {
    state.set('items', 2)
    print('notify() twice: a is woken but still queued, so the second wakes b')
    cond.notify()
    cond.notify()
    print('notify returned; still holding the lock')
    yield* asyncio.sleep(0)
    print('woken waiter cannot run until we release')
  } finally {
    cond.release()
  }
  yield* asyncio.sleep(1)
  yield* cond.acquire() // async with cond:
  try {
    state.set('items', 3)
    print('notify_all()')
    cond.notify_all()
  } finally {
    cond.release()
  }
  yield* asyncio.gather(...tasks)
  try {
    cond.notify()
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('caught:', e)
  }
  try {
    yield* cond.wait()
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('caught:', e)
  }
  print(`done at ${time.monotonic().toFixed(1)}`)
})

export default program(function* () {
  yield* asyncio.run(main())
})
