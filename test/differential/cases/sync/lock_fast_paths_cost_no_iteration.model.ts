import { async_def, async_with, asyncio, print, program, str } from '../../../../src/scheduler/python.js'


const ticker = async_def(function* ticker() {
  for (let i = 0; i < 4; i++) {
    print(`tick ${i}`)
    yield* asyncio.sleep(0)
  }
})

const main = async_def(function* main() {
  const t = asyncio.create_task(ticker())
  yield* asyncio.sleep(0)
  // None of these yield to the loop: the ticker does not run in between.
  const lock = new asyncio.Lock()
  yield* lock.acquire()
  lock.release()
  const sem = new asyncio.Semaphore(1)
  yield* async_with(sem, function* () {}) // async with sem: pass
  const event = new asyncio.Event()
  event.set()
  yield* event.wait()
  const queue = new asyncio.Queue<number>()
  yield* queue.put(1)
  yield* queue.get()
  queue.task_done()
  yield* queue.join()
  print('lock, semaphore, event and queue fast paths: no tick in between')
  yield* asyncio.sleep(0)

  // A waiter that is cancelled stays queued until it runs, but no longer counts.
  yield* lock.acquire()
  const w = asyncio.create_task(lock.acquire())
  yield* asyncio.sleep(0)
  print(`waiters: ${lock._waiters!.length}`)
  w.cancel()
  lock.release()
  print(`released: locked=${str(lock.locked())}, waiters still queued: ${lock._waiters!.length}`)
  yield* lock.acquire()
  print(`a newcomer took the lock at once: locked=${str(lock.locked())}`)
  yield* asyncio.sleep(0)
  print(`w cancelled=${str(w.cancelled())}, waiters: ${lock._waiters!.length}`)
  lock.release()
  yield* t
})

export default program(function* () {
  yield* asyncio.run(main())
})
