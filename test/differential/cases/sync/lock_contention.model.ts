import { async_def, asyncio, print, program, str, time } from '../../../../src/scheduler/python.js'

type Lock = InstanceType<typeof asyncio.Lock>

const worker = async_def(function* worker(name: string, lock: Lock) {
  print(`${name} wants the lock at ${time.monotonic().toFixed(1)}, locked=${str(lock.locked())}`)
  yield* lock.acquire() // async with lock:
  try {
    print(`${name} acquired at ${time.monotonic().toFixed(1)}`)
    yield* asyncio.sleep(1)
    print(`${name} releasing at ${time.monotonic().toFixed(1)}`)
  } finally {
    lock.release()
  }
  print(`${name} done`)
})

const main = async_def(function* main() {
  const lock = new asyncio.Lock()
  yield* asyncio.gather(worker('a', lock), worker('b', lock), worker('c', lock))
  print(`all done at ${time.monotonic().toFixed(1)}, locked=${str(lock.locked())}`)
})

export default program(function* () {
  yield* asyncio.run(main())
})
