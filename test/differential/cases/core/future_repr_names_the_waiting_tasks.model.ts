import { async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'
import type { Future } from '../../../../src/scheduler/futures.js'

const waiter = async_def(function* waiter(fut: Future<unknown>) {
  return yield* fut
})

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const fut = loop.create_future()
  const tasks = [0, 1, 2, 3].map(() => asyncio.create_task(waiter(fut)))
  print(repr(fut))
  yield* asyncio.sleep(0)
  print(repr(fut))
  yield* asyncio.sleep(0.2)
  const h = loop.call_later(0.1, print, 'a'.repeat(40), [...Array(10).keys()])
  print(repr(h))
  fut.set_result(null)
  print(repr(fut))
  yield* asyncio.gather(...tasks)
  h.cancel()
})

export default program(function* () {
  yield* asyncio.run(main())
})
