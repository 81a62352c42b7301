import { CancelledError, async_def, asyncio, concurrent, float, print, program, threading, time } from '../../../../src/scheduler/python.js'
import type { EventLoop } from '../../../../src/scheduler/loop.js'
import type { PyFloat } from '../../../../src/scheduler/pyrepr.js'

function* start_loop(loop: EventLoop) {
  asyncio.set_event_loop(loop)
  yield* loop.run_forever()
}

const cancelled_at: PyFloat[] = []

const job = async_def(function* job() {
  try {
    yield* asyncio.sleep(10)
  } catch (e) {
    if (e instanceof CancelledError) cancelled_at.push(float(asyncio.get_running_loop().time()))
    throw e
  }
})

export default program(function* () {
  const loop = asyncio.new_event_loop()
  const t = new threading.Thread({ target: start_loop, args: [loop], daemon: true })
  yield* t.start()
  const fut = asyncio.run_coroutine_threadsafe(job(), loop)
  fut.add_done_callback((f) => print('callback in', threading.current_thread().name, f.cancelled()))
  yield* time.sleep(1)
  print('cancel:', fut.cancel(), fut.cancelled(), fut.done(), fut.running())
  try {
    yield* fut.result()
  } catch (e) {
    if (!(e instanceof concurrent.futures.CancelledError)) throw e
    print('result raised', e.name)
  }
  yield* time.sleep(0.5)
  print('job cancelled at', cancelled_at, 'tasks left', asyncio.all_tasks(loop).size)
})
