import { async_def, asyncio, float, print, program, threading, time } from '../../../../src/scheduler/python.js'

const ticker = async_def(function* ticker(n: number) {
  for (let i = 0; i < n; i++) {
    print('tick', i, 'at', float(asyncio.get_running_loop().time()))
    yield* asyncio.sleep(0.25)
  }
})

const main = async_def(function* main() {
  let t = asyncio.create_task(ticker(4))
  yield* asyncio.sleep(0.1)
  yield* time.sleep(1)
  print('time.sleep in a coroutine done at', float(time.monotonic()))
  yield* t
  t = asyncio.create_task(ticker(4))
  yield* asyncio.sleep(0.1)
  yield* asyncio.to_thread(time.sleep, 1)
  print('to_thread(time.sleep) done at', float(time.monotonic()))
  yield* t
  print('threads:', threading.enumerate().map((th) => th.name))
})

export default program(function* () {
  yield* asyncio.run(main())
  print('threads after run:', threading.enumerate().map((th) => th.name))
})
