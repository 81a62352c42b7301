import { float, print, program, threading, time } from '../../../../src/scheduler/python.js'

const ev = new threading.Event()

function* waiter(name: string) {
  print(name, 'waits at', float(time.monotonic()))
  const got = yield* ev.wait()
  print(name, 'got', got, 'at', float(time.monotonic()))
}

function* setter() {
  yield* time.sleep(2)
  print('setting at', float(time.monotonic()))
  ev.set()
  print('set done')
}

export default program(function* () {
  yield* new threading.Thread({ target: waiter, args: ['w1'] }).start()
  yield* time.sleep(0.5)
  yield* new threading.Thread({ target: waiter, args: ['w2'] }).start()
  yield* new threading.Thread({ target: setter }).start()
  print('main wait(1):', yield* ev.wait(1), float(time.monotonic()))
  print('main wait():', yield* ev.wait(), float(time.monotonic()))
})
