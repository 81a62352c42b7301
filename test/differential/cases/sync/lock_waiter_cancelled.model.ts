import { async_def, asyncio, print, program, repr, str, time } from '../../../../src/scheduler/python.js'

type Lock = InstanceType<typeof asyncio.Lock>

const worker = async_def(function* worker(name: string, lock: Lock) {
  try {
    yield* lock.acquire() // async with lock:
    try {
      print(`${name} acquired at ${time.monotonic().toFixed(1)}`)
      yield* asyncio.sleep(1)
      print(`${name} releasing at ${time.monotonic().toFixed(1)}`)
    } finally {
      lock.release()
    }
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print(`${name} cancelled at ${time.monotonic().toFixed(1)}, locked=${str(lock.locked())}`)
    throw e
  }
})

const main = async_def(function* main() {
  const lock = new asyncio.Lock()
  const a = asyncio.create_task(worker('a', lock))
  const b = asyncio.create_task(worker('b', lock))
  const c = asyncio.create_task(worker('c', lock))
  const d = asyncio.create_task(worker('d', lock))
  yield* asyncio.sleep(0.5)
  // b is still waiting: cancelling it takes its future out of the queue.
  b.cancel()
  yield* asyncio.sleep(0.5)
  // At 1.0 a has just released the lock and woken c, which has not run yet.
  // c is cancelled before it can take the lock, so it passes the lock on to d.
  print(`cancelling c: a done=${str(a.done())}, locked=${str(lock.locked())}`)
  c.cancel()
  const results = yield* asyncio.gather(a, b, c, d, { return_exceptions: true })
  print(`done at ${time.monotonic().toFixed(1)}: ${repr(results)}, locked=${str(lock.locked())}`)
})

export default program(function* () {
  yield* asyncio.run(main())
})
