import { async_def, asyncio, float, print, program, threading, time } from '../../../../src/scheduler/python.js'
import type { EventLoop } from '../../../../src/scheduler/loop.js'

function* start_loop(loop: EventLoop) {
  asyncio.set_event_loop(loop)
  yield* loop.run_forever()
}

let loop: EventLoop

const punctual = async_def(function* punctual() {
  yield* asyncio.sleep(1)
  print('punctual woke at', float(loop.time()), 'instead of 1.0')
})

const blocker = async_def(function* blocker() {
  yield* time.sleep(3)
  print('blocker done at', float(loop.time()))
})

export default program(function* () {
  loop = asyncio.new_event_loop()
  const t = new threading.Thread({ target: start_loop, args: [loop], daemon: true })
  yield* t.start()
  const f1 = asyncio.run_coroutine_threadsafe(punctual(), loop)
  const f2 = asyncio.run_coroutine_threadsafe(blocker(), loop)
  yield* time.sleep(2)
  print('main woke at', float(time.monotonic()))
  yield* f1.result()
  yield* f2.result()
  print('all done at', float(time.monotonic()))
})
