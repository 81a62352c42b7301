import { ValueError, float, print, program, sys, threading, time } from '../../../../src/scheduler/python.js'

function* boom() {
  yield* time.sleep(1)
  throw new ValueError('boom')
}

function quits() {
  sys.exit(3)
}

export default program(function* () {
  const t = new threading.Thread({ target: boom })
  yield* t.start()
  const q = new threading.Thread({ target: quits, name: 'quitter' })
  yield* q.start()
  yield* t.join()
  yield* q.join()
  print('main survives at', float(time.monotonic()), t.is_alive(), q.is_alive())
})
