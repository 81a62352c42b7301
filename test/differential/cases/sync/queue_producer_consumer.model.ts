import { async_def, asyncio, print, program, str, time } from '../../../../src/scheduler/python.js'

type Queue = InstanceType<typeof asyncio.Queue<number | null>>

const producer = async_def(function* producer(queue: Queue) {
  for (let i = 0; i < 5; i++) {
    print(`put ${i}? at ${time.monotonic().toFixed(1)}, qsize=${queue.qsize()}, full=${str(queue.full())}`)
    yield* queue.put(i)
    print(`put ${i} done at ${time.monotonic().toFixed(1)}`)
  }
  yield* queue.put(null)
})

const consumer = async_def(function* consumer(queue: Queue) {
  for (;;) {
    yield* asyncio.sleep(1)
    const item = yield* queue.get()
    if (item === null) break
    print(`got ${item} at ${time.monotonic().toFixed(1)}, qsize=${queue.qsize()}`)
  }
})

const main = async_def(function* main() {
  const queue: Queue = new asyncio.Queue({ maxsize: 2 })
  print(queue, queue.maxsize, queue.empty())
  yield* asyncio.gather(producer(queue), consumer(queue))
  print(`done at ${time.monotonic().toFixed(1)}: ${str(queue)}`)
})

export default program(function* () {
  yield* asyncio.run(main())
})
