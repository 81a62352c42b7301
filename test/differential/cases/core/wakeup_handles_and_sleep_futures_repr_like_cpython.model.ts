import { async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'
import type { Future } from '../../../../src/scheduler/futures.js'

const waiter = async_def(function* waiter(fut: Future<string>) {
  return yield* fut
})

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const fut = loop.create_future<string>()
  const w = asyncio.create_task(waiter(fut))
  const s = asyncio.create_task(asyncio.sleep(1))
  yield* asyncio.sleep(0)
  print(repr(w._fut_waiter), repr(s._fut_waiter))
  fut.set_result('x')
  print([...loop._ready].map((h) => repr(h)))
  yield* w
  yield* s
  print(s._fut_waiter, repr(s.result()))
})

export default program(function* () {
  yield* asyncio.run(main())
})
