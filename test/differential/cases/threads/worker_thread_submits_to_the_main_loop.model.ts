import { async_def, asyncio, float, print, program, threading, time } from '../../../../src/scheduler/python.js'
import type { EventLoop } from '../../../../src/scheduler/loop.js'

type AsyncioEvent = InstanceType<typeof asyncio.Event>

const fetch = async_def(function* fetch(n: number) {
  yield* asyncio.sleep(n)
  print('fetched', n, 'in', threading.current_thread().name, asyncio.current_task()!.get_name())
  return n * 2
})

function* worker(loop: EventLoop, done: AsyncioEvent) {
  for (const n of [1, 2]) {
    const fut = asyncio.run_coroutine_threadsafe(fetch(n), loop)
    print('worker got', yield* fut.result(), 'at', float(time.monotonic()))
  }
  yield* time.sleep(0.25)
  loop.call_soon_threadsafe(done.set.bind(done))
}

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const done = new asyncio.Event()
  const t = new threading.Thread({ target: worker, args: [loop, done] })
  yield* t.start()
  yield* done.wait()
  print('main saw done at', float(loop.time()))
  yield* t.join()
})

export default program(function* () {
  yield* asyncio.run(main())
})
