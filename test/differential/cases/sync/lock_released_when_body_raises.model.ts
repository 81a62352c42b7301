import { ValueError, async_def, async_with, asyncio, print, program, repr, str, time } from '../../../../src/scheduler/python.js'

type Lock = InstanceType<typeof asyncio.Lock>

const holder = async_def(function* holder(lock: Lock) {
  try {
    yield* async_with(lock, function* () {
      print(`holder acquired at ${time.monotonic().toFixed(1)}`)
      yield* asyncio.sleep(1)
      throw new ValueError('boom')
    })
  } catch (e) {
    if (!(e instanceof ValueError)) throw e
    print(`holder caught ${repr(e)} at ${time.monotonic().toFixed(1)}, locked=${str(lock.locked())}`)
  }
})

const waiter = async_def(function* waiter(lock: Lock) {
  yield* lock.acquire() // async with lock:
  try {
    print(`waiter acquired at ${time.monotonic().toFixed(1)}`)
  } finally {
    lock.release()
  }
  return 'waiter done'
})

const main = async_def(function* main() {
  const lock = new asyncio.Lock()
  print(yield* asyncio.gather(holder(lock), waiter(lock)))
  lock.release()
})

export default program(function* () {
  yield* asyncio.run(main())
})
