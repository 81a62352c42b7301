import { float, print, program, threading, time } from '../../../../src/scheduler/python.js'

function* worker() {
  print('worker starts')
  yield* time.sleep(5)
  print('worker ends')
}

export default program(function* () {
  const t = new threading.Thread({ target: worker })
  yield* t.start()
  yield* t.join(1.5)
  print('after join(1.5):', t.is_alive(), float(time.monotonic()))
  yield* t.join(0)
  print('after join(0):', t.is_alive(), float(time.monotonic()))
  yield* t.join()
  print('after join():', t.is_alive(), float(time.monotonic()))
})
