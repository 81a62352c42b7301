import { float, print, program, threading, time, asyncio } from '../../../../src/scheduler/python.js'
import type { EventLoop } from '../../../../src/scheduler/loop.js'

function* poke(loop: EventLoop) {
  yield* time.sleep(1.5)
  loop.call_soon_threadsafe(print, 'poked at', float(loop.time()))
  yield* time.sleep(1)
  print('poker done')
  loop.call_soon_threadsafe(loop.stop.bind(loop))
}

export default program(function* () {
  const loop = asyncio.new_event_loop()
  const t = new threading.Thread({ target: poke, args: [loop] })
  yield* t.start()
  print('running the loop in', threading.current_thread().name)
  yield* loop.run_forever()
  print('loop stopped at', float(loop.time()))
  yield* t.join()
  loop.close()
})
