import { async_def, asyncio, float, print, program, threading, time } from '../../../../src/scheduler/python.js'

function* slow() {
  print('slow starts in', threading.current_thread().name, 'at', float(time.monotonic()))
  yield* time.sleep(3)
  print('slow still finished at', float(time.monotonic()))
  return 'late'
}

const main = async_def(function* main() {
  try {
    yield* asyncio.wait_for(asyncio.to_thread(slow), 1)
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e
    print('timed out at', float(time.monotonic()))
  }
})

export default program(function* () {
  yield* asyncio.run(main())
  print('run returned at', float(time.monotonic()))
})
