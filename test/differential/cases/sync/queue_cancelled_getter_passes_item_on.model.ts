import { async_def, asyncio, print, program, repr, time } from '../../../../src/scheduler/python.js'

type Queue = InstanceType<typeof asyncio.Queue<string>>

const getter = async_def(function* getter(name: string, queue: Queue) {
  let item: string
  try {
    item = yield* queue.get()
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print(`${name} cancelled, qsize=${queue.qsize()}`)
    throw e
  }
  print(`${name} got ${repr(item)} at ${time.monotonic().toFixed(1)}`)
})

const putter = async_def(function* putter(name: string, queue: Queue, item: string) {
  try {
    yield* queue.put(item)
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print(`${name} cancelled, qsize=${queue.qsize()}`)
    throw e
  }
  print(`${name} put ${repr(item)} at ${time.monotonic().toFixed(1)}`)
})

const main = async_def(function* main() {
  const queue: Queue = new asyncio.Queue()
  const g1 = asyncio.create_task(getter('g1', queue))
  const g2 = asyncio.create_task(getter('g2', queue))
  yield* asyncio.sleep(1)
  print(queue)
  queue.put_nowait('item')
  // g1 was woken and is no longer queued; cancelled before it runs, it wakes g2.
  print(queue)
  g1.cancel()
  yield* asyncio.gather(g1, g2, { return_exceptions: true })

  const full: Queue = new asyncio.Queue(1)
  full.put_nowait('old')
  const p1 = asyncio.create_task(putter('p1', full, 'a'))
  const p2 = asyncio.create_task(putter('p2', full, 'b'))
  yield* asyncio.sleep(1)
  print(full)
  print('took', full.get_nowait())
  p1.cancel()
  yield* asyncio.gather(p1, p2, { return_exceptions: true })
  print(full)
})

export default program(function* () {
  yield* asyncio.run(main())
})
