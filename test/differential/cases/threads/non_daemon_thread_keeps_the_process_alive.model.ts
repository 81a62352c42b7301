import { float, print, program, threading, time } from '../../../../src/scheduler/python.js'

function* late() {
  yield* time.sleep(3)
  print('late thread ends at', float(time.monotonic()))
}

export default program(function* () {
  yield* new threading.Thread({ target: late }).start()
  print('main ends at', float(time.monotonic()))
})
