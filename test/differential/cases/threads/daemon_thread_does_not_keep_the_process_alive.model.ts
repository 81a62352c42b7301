import { float, print, program, threading, time } from '../../../../src/scheduler/python.js'

function* forever() {
  for (;;) {
    yield* time.sleep(1)
    print('daemon tick', float(time.monotonic()))
  }
}

export default program(function* () {
  const t = new threading.Thread({ target: forever, daemon: true })
  yield* t.start()
  yield* time.sleep(2.5)
  print('main ends', t.daemon, t.is_alive())
})
