import { Tuple, async_def, asyncio, float, print, program, threading, time } from '../../../../src/scheduler/python.js'

function* blocking(name: string, seconds: number) {
  const started = float(time.monotonic())
  yield* time.sleep(seconds)
  print(name, 'ends at', float(time.monotonic()))
  return new Tuple(name.toUpperCase(), threading.current_thread().name, started)
}

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const f1 = yield* loop.run_in_executor<Tuple>(null, blocking, 'a', 2)
  print('submitted a at', float(loop.time()))
  const f2 = yield* loop.run_in_executor<Tuple>(null, blocking, 'b', 1.5)
  print('submitted b at', float(loop.time()))
  print(yield* asyncio.gather(f1, f2), 'at', float(loop.time()))
})

export default program(function* () {
  yield* asyncio.run(main())
})
