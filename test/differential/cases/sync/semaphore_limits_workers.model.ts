import { async_def, asyncio, print, program, str, time } from '../../../../src/scheduler/python.js'

type Semaphore = InstanceType<typeof asyncio.Semaphore>

const worker = async_def(function* worker(n: number, sem: Semaphore) {
  yield* sem.acquire() // async with sem:
  try {
    print(`worker ${n} acquired at ${time.monotonic().toFixed(1)}, locked=${str(sem.locked())}`)
    yield* asyncio.sleep(1)
  } finally {
    sem.release()
  }
  print(`worker ${n} released at ${time.monotonic().toFixed(1)}`)
})

const main = async_def(function* main() {
  const sem = new asyncio.Semaphore(2)
  const start = time.monotonic()
  yield* asyncio.gather(...[0, 1, 2, 3, 4].map((n) => worker(n, sem)))
  print(`total ${(time.monotonic() - start).toFixed(1)} s, locked=${str(sem.locked())}`)
})

export default program(function* () {
  yield* asyncio.run(main())
})
