import { async_def, asyncio, print, program, str, time } from '../../../../src/scheduler/python.js'

type Semaphore = InstanceType<typeof asyncio.Semaphore>

const worker = async_def(function* worker(name: string, sem: Semaphore) {
  try {
    yield* sem.acquire()
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print(`${name} cancelled while acquiring, value=${sem._value}, locked=${str(sem.locked())}`)
    throw e
  }
  print(`${name} acquired at ${time.monotonic().toFixed(1)}, value=${sem._value}`)
  yield* asyncio.sleep(1)
  sem.release()
  print(`${name} released at ${time.monotonic().toFixed(1)}, value=${sem._value}`)
})

const main = async_def(function* main() {
  const sem = new asyncio.Semaphore(1)
  const a = asyncio.create_task(worker('a', sem))
  const b = asyncio.create_task(worker('b', sem))
  const c = asyncio.create_task(worker('c', sem))
  yield* asyncio.sleep(0.5)
  print(`locked=${str(sem.locked())}, value=${sem._value}, waiters=${sem._waiters!.length}`)
  yield* asyncio.sleep(0.5)
  // a released at 1.0 and handed its unit to b, which has not run yet.
  print(`cancelling b: value=${sem._value}`)
  b.cancel()
  yield* asyncio.gather(a, b, c, { return_exceptions: true })
  print(`done at ${time.monotonic().toFixed(1)}, value=${sem._value}, locked=${str(sem.locked())}`)
  // release() hands the unit to the waiter at once, so a newcomer that arrives
  // before the woken waiter runs finds the semaphore locked and queues behind it.
  yield* sem.acquire()
  const waiter = asyncio.create_task(worker('w', sem))
  yield* asyncio.sleep(0)
  sem.release()
  print(`released to w: value=${sem._value}, locked=${str(sem.locked())}`)
  const newcomer = asyncio.create_task(worker('n', sem))
  yield* asyncio.gather(waiter, newcomer)
  print(`end at ${time.monotonic().toFixed(1)}, value=${sem._value}`)
})

export default program(function* () {
  yield* asyncio.run(main())
})
