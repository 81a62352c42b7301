import { float, print, program, threading, time } from '../../../../src/scheduler/python.js'
import type { PyFloat } from '../../../../src/scheduler/pyrepr.js'

const ev = new threading.Event()
const got = new Map<string, [boolean, PyFloat]>()

function* waiter(name: string) {
  print(name, 'waits at', float(time.monotonic()))
  const woke = yield* ev.wait()
  got.set(name, [woke, float(time.monotonic())])
}

function* setter() {
  yield* time.sleep(2)
  print('setting at', float(time.monotonic()))
  ev.set()
  print('set done')
}

export default program(function* () {
  const w1 = new threading.Thread({ target: waiter, args: ['w1'] })
  yield* w1.start()
  yield* time.sleep(0.5)
  const w2 = new threading.Thread({ target: waiter, args: ['w2'] })
  yield* w2.start()
  const s = new threading.Thread({ target: setter })
  yield* s.start()
  print('main wait(1):', yield* ev.wait(1), float(time.monotonic()))
  const woke = yield* ev.wait()
  const at = float(time.monotonic())
  for (const t of [w1, w2, s]) yield* t.join()
  print('main wait():', woke, at)
  for (const name of ['w1', 'w2']) print(name, 'got', ...got.get(name)!)
})
