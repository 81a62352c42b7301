import { TimeoutError, async_def, asyncio, float, print, program, repr, threading, time } from '../../../../src/scheduler/python.js'
import type { EventLoop } from '../../../../src/scheduler/loop.js'

function* start_loop(loop: EventLoop) {
  asyncio.set_event_loop(loop)
  yield* loop.run_forever()
}

const job = async_def(function* job() {
  yield* asyncio.sleep(5)
  return 'job result'
})

export default program(function* () {
  const loop = asyncio.new_event_loop()
  const t = new threading.Thread({ target: start_loop, args: [loop], daemon: true })
  yield* t.start()
  const fut = asyncio.run_coroutine_threadsafe(job(), loop)
  try {
    yield* fut.result(2)
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e
    print('timed out', repr(e), float(time.monotonic()), fut.done())
  }
  print(yield* fut.result(), float(time.monotonic()), fut.done())
  loop.call_soon_threadsafe(loop.stop.bind(loop))
  yield* t.join()
})
