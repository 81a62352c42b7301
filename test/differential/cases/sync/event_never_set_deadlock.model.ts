import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const waiter = async_def(function* waiter(event: InstanceType<typeof asyncio.Event>) {
  print('waiting for an event nobody sets')
  yield* event.wait()
  print('never printed')
})

const main = async_def(function* main() {
  const event = new asyncio.Event()
  const lock = new asyncio.Lock()
  yield* lock.acquire()
  asyncio.create_task(waiter(event))
  asyncio.create_task(lock.acquire())
  const queue = new asyncio.Queue()
  asyncio.create_task(queue.get())
  yield* asyncio.sleep(1)
  print('main waits too')
  yield* event.wait()
})

export default program(function* () {
  yield* asyncio.run(main())
})
