import { async_def, asyncio, print, program, threading, time } from '../../../../src/scheduler/python.js'
import type { EventLoop } from '../../../../src/scheduler/loop.js'

function* start_loop(loop: EventLoop) {
  asyncio.set_event_loop(loop)
  yield* loop.run_forever()
}

const do_some_work = async_def(function* do_some_work(x: number) {
  print(`Waiting ${x}`)
  yield* asyncio.sleep(x)
  print(`Done after ${x}s`)
})

export default program(function* () {
  const new_loop = asyncio.new_event_loop()
  const t = new threading.Thread({ target: start_loop, args: [new_loop] })
  yield* t.start()
  asyncio.run_coroutine_threadsafe(do_some_work(6), new_loop)
  asyncio.run_coroutine_threadsafe(do_some_work(4), new_loop)
  yield* time.sleep(0.1)
  print('main ends')
})
