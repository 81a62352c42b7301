import { concurrent, float, print, program, threading, time } from '../../../../src/scheduler/python.js'

function* job(n: number) {
  yield* time.sleep(n)
  print('job', n, 'done in', threading.current_thread().name, 'at', float(time.monotonic()))
  return n
}

export default program(function* () {
  const pool = new concurrent.futures.ThreadPoolExecutor({ max_workers: 3 })
  const first = yield* pool.submit(job, 0.5)
  print('first ->', yield* first.result(), 'at', float(time.monotonic()))
  yield* time.sleep(0.25)
  yield* pool.submit(job, 1)
  yield* pool.submit(job, 2)
  print('main ends at', float(time.monotonic()), threading.active_count(), 'threads')
})
