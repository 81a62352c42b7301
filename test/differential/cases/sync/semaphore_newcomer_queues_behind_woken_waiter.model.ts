import { async_def, asyncio, print, program, str } from '../../../../src/scheduler/python.js'

type Semaphore = InstanceType<typeof asyncio.Semaphore>

const worker = async_def(function* worker(name: string, sem: Semaphore) {
  print(`${name} acquiring: locked=${str(sem.locked())}, value=${sem._value}`)
  yield* sem.acquire()
  print(`${name} acquired: value=${sem._value}`)
})

const main = async_def(function* main() {
  const sem = new asyncio.Semaphore(2)
  yield* sem.acquire()
  yield* sem.acquire()
  const w = asyncio.create_task(worker('w', sem))
  yield* asyncio.sleep(0)
  // n starts in the next iteration, just before w resumes.
  const n = asyncio.create_task(worker('n', sem))
  sem.release()
  print(`first release woke w: value=${sem._value}`)
  sem.release()
  print(`second release found nobody to wake: value=${sem._value}`)
  // n runs first: w has been woken but still counts, so n queues behind it.
  // Then w resumes, finds a spare unit and wakes n.
  yield* asyncio.gather(w, n)
  print(`both acquired: value=${sem._value}, locked=${str(sem.locked())}`)
})

export default program(function* () {
  yield* asyncio.run(main())
})
