import { RuntimeError, float, print, program, threading, time } from '../../../../src/scheduler/python.js'

const lock = new threading.Lock()

function* holder() {
  yield* lock.acquire()
  try {
    print('holder has the lock at', float(time.monotonic()))
    yield* time.sleep(2)
    print('holder releases at', float(time.monotonic()))
  } finally {
    lock.release()
  }
}

function* waiter(name: string, timeout: number) {
  const got = yield* lock.acquire(true, timeout)
  print(name, 'acquire ->', got, 'at', float(time.monotonic()))
  if (got) {
    yield* time.sleep(0.5)
    lock.release()
  }
}

export default program(function* () {
  const h = new threading.Thread({ target: holder })
  yield* h.start()
  const a = new threading.Thread({ target: waiter, args: ['patient', -1] })
  yield* a.start()
  const b = new threading.Thread({ target: waiter, args: ['hasty', 1] })
  yield* b.start()
  yield* time.sleep(2.25)
  const c = new threading.Thread({ target: waiter, args: ['second', 5] })
  yield* c.start()
  for (const t of [h, a, b, c]) yield* t.join()
  print('non-blocking on a free lock:', yield* lock.acquire(false), lock.locked(), float(time.monotonic()))
  lock.release()
  try {
    lock.release()
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('release again:', e.message)
  }
})
