import { async_def, asyncio, float, print, program, threading, time } from '../../../../src/scheduler/python.js'

const never_set = new threading.Event()

function* quick() {
  yield* time.sleep(0.5)
  return 'quick'
}

const main = async_def(function* main() {
  print(yield* asyncio.gather(asyncio.to_thread(quick), asyncio.to_thread(quick)))
  print('waiting for the stuck job at', float(time.monotonic()))
  yield* asyncio.to_thread(function wait() {
    return never_set.wait()
  })
})

export default program(function* () {
  yield* asyncio.run(main())
})
