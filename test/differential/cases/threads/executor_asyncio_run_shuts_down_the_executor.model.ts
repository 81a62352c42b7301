import { del_, async_def, asyncio, float, print, program, threading, time } from '../../../../src/scheduler/python.js'

function* slow(n: number) {
  yield* time.sleep(n)
  print('slow', n, 'in', threading.current_thread().name, 'done at', float(time.monotonic()))
}

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  del_(yield* loop.run_in_executor(null, slow, 2))
  del_(yield* loop.run_in_executor(null, slow, 3))
  yield* asyncio.sleep(1)
  print(
    'main returns at',
    float(loop.time()),
    threading
      .enumerate()
      .map((t) => t.name)
      .sort(),
  )
})

class Watch extends threading.Thread {
  override *run() {
    yield* time.sleep(0.25)
    while (threading.active_count() > 2 || time.monotonic() < 1.5) {
      const names = threading
        .enumerate()
        .filter((t) => t !== this)
        .map((t) => t.name)
        .sort()
      print('watch at', float(time.monotonic()), names)
      yield* time.sleep(0.5)
    }
  }
}

export default program(function* () {
  yield* new Watch({ daemon: true }).start()
  yield* asyncio.run(main())
  print(
    'run returned at',
    float(time.monotonic()),
    threading
      .enumerate()
      .map((t) => t.name)
      .sort(),
  )
  const t = new threading.Thread({ target: print, args: ['hello from'] })
  print('next thread is', t.name)
  yield* t.start()
  yield* t.join()
})
