import { ValueError, async_def, asyncio, print, program, str, time } from '../../../../src/scheduler/python.js'

type Queue = InstanceType<typeof asyncio.Queue<number>>

const worker = async_def(function* worker(name: string, queue: Queue) {
  for (;;) {
    const delay = yield* queue.get()
    yield* asyncio.sleep(delay)
    print(`${name} finished a ${delay} s job at ${time.monotonic().toFixed(1)}`)
    queue.task_done()
  }
})

const main = async_def(function* main() {
  const queue: Queue = new asyncio.Queue()
  for (const delay of [3, 1, 2, 1, 1]) queue.put_nowait(delay)
  print(queue)
  const workers = [0, 1].map((i) => asyncio.create_task(worker(`worker-${i}`, queue)))
  const started = time.monotonic()
  yield* queue.join()
  print(`joined after ${(time.monotonic() - started).toFixed(1)} s: ${str(queue)}`)
  yield* queue.join()
  print('a second join() returns at once')
  for (const w of workers) w.cancel()
  yield* asyncio.gather(...workers, { return_exceptions: true })
  try {
    queue.task_done()
  } catch (e) {
    if (!(e instanceof ValueError)) throw e
    print('caught:', e)
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
