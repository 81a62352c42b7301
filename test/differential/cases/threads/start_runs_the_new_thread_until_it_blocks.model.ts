import { float, print, program, threading, time } from '../../../../src/scheduler/python.js'

function* worker(n: number) {
  print('worker', n, 'starts in', threading.current_thread().name)
  yield* time.sleep(n)
  print('worker', n, 'ends')
}

export default program(function* () {
  const a = new threading.Thread({ target: worker, args: [1] })
  const b = new threading.Thread({ target: worker, args: [1.5], name: 'second' })
  print('before start', a.is_alive(), a.name, b.name)
  yield* a.start()
  print('after first start', a.is_alive())
  yield* b.start()
  print('after second start', threading.active_count())
  yield* a.join()
  yield* b.join()
  print('end', a.is_alive(), b.is_alive(), float(time.monotonic()))
})
