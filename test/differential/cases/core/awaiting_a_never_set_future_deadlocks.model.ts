import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Future } from '../../../../src/scheduler/futures.js'

const waiter = async_def(function* waiter(fut: Future<unknown>) {
  yield* fut
})

const main = async_def(function* main() {
  const fut = asyncio.get_running_loop().create_future()
  const t = asyncio.create_task(waiter(fut))
  yield* asyncio.sleep(1)
  print('about to wait forever')
  yield* t
})

export default program(function* () {
  yield* asyncio.run(main())
})
