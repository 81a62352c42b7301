import { float, print, program, threading, time } from '../../../../src/scheduler/python.js'

function* sleeper(name: string, delays: number[]) {
  for (const d of delays) {
    yield* time.sleep(d)
    print(name, 'woke at', float(time.monotonic()))
  }
}

export default program(function* () {
  const a = new threading.Thread({ target: sleeper, args: ['a', [1, 1, 1]] })
  const b = new threading.Thread({ target: sleeper, args: ['b', [1.75, 0.5]] })
  yield* a.start()
  yield* b.start()
  yield* time.sleep(2.5)
  print('main woke at', float(time.monotonic()))
  yield* a.join()
  yield* b.join()
  print('both joined at', float(time.monotonic()), threading.active_count())
})
