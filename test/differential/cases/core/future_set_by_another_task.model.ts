import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Future } from '../../../../src/scheduler/futures.js'

const producer = async_def(function* producer(fut: Future<number>) {
  yield* asyncio.sleep(3)
  fut.set_result(10089)
  print('producer set the result')
})

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const fut = loop.create_future<number>()
  asyncio.create_task(producer(fut))
  print('waiting', fut.done())
  const r = yield* fut
  print(`r: ${r}`, fut.done())
})

export default program(function* () {
  yield* asyncio.run(main())
})
