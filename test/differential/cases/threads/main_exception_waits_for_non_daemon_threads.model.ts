import { RuntimeError, float, print, program, threading, time } from '../../../../src/scheduler/python.js'

function* worker() {
  yield* time.sleep(2)
  print('worker finishes at', float(time.monotonic()))
}

export default program(function* () {
  yield* new threading.Thread({ target: worker }).start()
  yield* time.sleep(0.5)
  throw new RuntimeError('main fails')
})
