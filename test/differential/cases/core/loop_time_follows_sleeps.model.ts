import { async_def, asyncio, float, print, program, time } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  print(float(loop.time()), float(time.monotonic()))
  yield* asyncio.sleep(1.5)
  print(float(loop.time()), float(time.monotonic()))
  yield* asyncio.sleep(0.25)
  print(float(loop.time()))
  loop.call_later(0.125, () => print('timer at', float(loop.time())))
  yield* asyncio.sleep(1)
  print(float(loop.time()))
})

export default program(function* () {
  yield* asyncio.run(main())
})
