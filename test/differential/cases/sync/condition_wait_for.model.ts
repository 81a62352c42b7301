import { async_def, asyncio, print, program, repr, str, time } from '../../../../src/scheduler/python.js'

type Condition = InstanceType<typeof asyncio.Condition>

const waiter = async_def(function* waiter(cond: Condition, box: number[]) {
  yield* cond.acquire() // async with cond:
  try {
    const value = yield* cond.wait_for(() => box[0]! >= 3)
    print(`predicate true at ${time.monotonic().toFixed(1)}: ${repr(value)}`)
  } finally {
    cond.release()
  }
})

const cancelled_waiter = async_def(function* cancelled_waiter(cond: Condition) {
  yield* cond.acquire() // async with cond:
  try {
    try {
      yield* cond.wait()
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e
      print(`cancelled at ${time.monotonic().toFixed(1)}, holding the lock again: ${str(cond.locked())}`)
      throw e
    }
  } finally {
    cond.release()
  }
})

const main = async_def(function* main() {
  const cond = new asyncio.Condition()
  const box = [0]
  const w = asyncio.create_task(waiter(cond, box))
  for (let i = 0; i < 4; i++) {
    yield* asyncio.sleep(1)
    yield* cond.acquire() // async with cond:
    try {
      box[0]! += 1
      print(`box=${box[0]} at ${time.monotonic().toFixed(1)}`)
      cond.notify_all()
    } finally {
      cond.release()
    }
  }
  yield* w
  // Cancelled while we hold the lock: the waiter must wait for the lock before it can raise.
  const c = asyncio.create_task(cancelled_waiter(cond))
  yield* asyncio.sleep(0)
  yield* cond.acquire() // async with cond:
  try {
    c.cancel()
    yield* asyncio.sleep(0.5)
    print(`holding the lock at ${time.monotonic().toFixed(1)}, c done=${str(c.done())}`)
  } finally {
    cond.release()
  }
  yield* asyncio.gather(c, { return_exceptions: true })
  print(`done at ${time.monotonic().toFixed(1)}, cancelled=${str(c.cancelled())}, locked=${str(cond.locked())}`)
})

export default program(function* () {
  yield* asyncio.run(main())
})
