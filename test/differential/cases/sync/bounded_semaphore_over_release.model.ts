import { ValueError, async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const sem = new asyncio.BoundedSemaphore(2)
  yield* sem.acquire() // async with sem:
  try {
    print('inside, locked:', sem.locked())
  } finally {
    sem.release()
  }
  print('value back at 2')
  try {
    sem.release()
  } catch (e) {
    if (!(e instanceof ValueError)) throw e
    print('caught:', repr(e))
  }
  const plain = new asyncio.Semaphore(2)
  plain.release()
  print('a plain Semaphore goes past its start:', plain._value)
  yield* sem.acquire()
  sem.release()
  sem.release()
})

export default program(function* () {
  yield* asyncio.run(main())
})
