import { async_def, asyncio, format, print, program, str, threading, time } from '../../src/scheduler/python.js'
import type { EventLoop } from '../../src/scheduler/loop.js'

const now = (): number => time.time()

function* start_loop(loop: EventLoop) {
  asyncio.set_event_loop(loop)
  yield* loop.run_forever() // runs until someone calls loop.stop()
}

const do_some_work = async_def(function* do_some_work(x: number) {
  print(`Waiting ${x}`)
  yield* asyncio.sleep(x)
  print(`Done after ${x}s`)
  return x
})

function* more_work(x: number) {
  print(`More work ${x}`)
  yield* time.sleep(x) // blocks the loop's thread: nothing else runs on it
  print(`Finished more work ${x}`)
}

const do_blocking_work = async_def(function* do_blocking_work(x: number) {
  yield* more_work(x) // no await: no other task can run until it returns
  return x
})

export default program(function* () {
  const start = now()
  const new_loop = asyncio.new_event_loop()
  const t = new threading.Thread({ target: start_loop, args: [new_loop] })
  yield* t.start()
  print(`TIME: ${format(now() - start, '.1f')}`)

  // coroutines sent to the loop in the other thread: their waits overlap
  const f6 = asyncio.run_coroutine_threadsafe(do_some_work(6), new_loop)
  const f4 = asyncio.run_coroutine_threadsafe(do_some_work(4), new_loop)
  let [r6, r4] = [yield* f6.result(), yield* f4.result()] // blocks the main thread until done
  print(`coroutines: ${r6} ${r4}, TIME: ${format(now() - start, '.1f')}`)

  // the same jobs, but blocking: the loop's thread does one, then the other
  const g6 = asyncio.run_coroutine_threadsafe(do_blocking_work(6), new_loop)
  const g4 = asyncio.run_coroutine_threadsafe(do_blocking_work(4), new_loop)
  yield* time.sleep(1)
  print(`main thread is free, TIME: ${format(now() - start, '.1f')}`)
  ;[r6, r4] = [yield* g6.result(), yield* g4.result()]
  print(`blocking: ${r6} ${r4}, TIME: ${format(now() - start, '.1f')}`)

  // clean shutdown: stop the loop in its own thread, join it, close the loop
  new_loop.call_soon_threadsafe(new_loop.stop.bind(new_loop))
  yield* t.join()
  new_loop.close()
  const alive = t.is_alive()
  print(`thread alive: ${str(alive)}, TIME: ${format(now() - start, '.1f')}`)
})
