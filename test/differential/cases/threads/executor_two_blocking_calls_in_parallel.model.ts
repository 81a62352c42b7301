import { async_def, asyncio, float, print, program, threading, time } from '../../../../src/scheduler/python.js'

function* blocking(name: string, seconds: number) {
  print(name, 'starts in', threading.current_thread().name, 'at', float(time.monotonic()))
  yield* time.sleep(seconds)
  print(name, 'ends at', float(time.monotonic()))
  return name.toUpperCase()
}

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const f1 = yield* loop.run_in_executor<string>(null, blocking, 'a', 2)
  print('submitted a at', float(loop.time()))
  const f2 = yield* loop.run_in_executor<string>(null, blocking, 'b', 1.5)
  print('submitted b at', float(loop.time()))
  print(yield* asyncio.gather(f1, f2), 'at', float(loop.time()))
})

export default program(function* () {
  yield* asyncio.run(main())
})
