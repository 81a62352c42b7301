import { async_def, asyncio, float, print, program, str, threading, time } from '../../../../src/scheduler/python.js'
import type { EventLoop } from '../../../../src/scheduler/loop.js'

const now = (): number => time.time()

function* start_loop(loop: EventLoop) {
  asyncio.set_event_loop(loop)
  yield* loop.run_forever()
}

const do_some_work = async_def(function* do_some_work(x: number) {
  print(`Waiting ${x}`)
  yield* asyncio.sleep(x)
  print(`Done after ${x}s`)
  return x
})

export default program(function* () {
  const start = now()
  const new_loop = asyncio.new_event_loop()
  const t = new threading.Thread({ target: start_loop, args: [new_loop], daemon: true })
  yield* t.start()
  print(`TIME: ${str(float(time.time() - start))}`)
  const f6 = asyncio.run_coroutine_threadsafe(do_some_work(6), new_loop)
  const f4 = asyncio.run_coroutine_threadsafe(do_some_work(4), new_loop)
  print('results', yield* f6.result(), yield* f4.result())
  new_loop.call_soon_threadsafe(new_loop.stop.bind(new_loop))
  yield* t.join()
  new_loop.close()
  print(`TIME: ${str(float(time.time() - start))}`, t.is_alive())
})
