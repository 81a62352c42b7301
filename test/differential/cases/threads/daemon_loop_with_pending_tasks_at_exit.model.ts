import { async_def, asyncio, float, print, program, threading, time } from '../../../../src/scheduler/python.js'
import type { EventLoop } from '../../../../src/scheduler/loop.js'

function* start_loop(loop: EventLoop) {
  asyncio.set_event_loop(loop)
  yield* loop.run_forever()
}

const slow = async_def(function* slow() {
  print('slow starts')
  yield* asyncio.sleep(10)
  print('slow never ends')
})

export default program(function* () {
  const loop = asyncio.new_event_loop()
  yield* new threading.Thread({ target: start_loop, args: [loop], daemon: true }).start()
  const fut = asyncio.run_coroutine_threadsafe(slow(), loop)
  yield* time.sleep(1)
  print('main exits at', float(time.monotonic()), fut.done())
})
