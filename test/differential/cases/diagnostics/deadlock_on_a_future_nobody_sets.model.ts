import type { Future } from '../../../../src/scheduler/futures.js'
import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const waiter = async_def(function* waiter(fut: Future<unknown>) {
  print('waiting for the future')
  yield* fut
})

const main = async_def(function* main() {
  const fut = asyncio.get_running_loop().create_future()
  const named = asyncio.create_task(waiter(fut), { name: 'named-waiter' })
  const t = asyncio.create_task(waiter(fut))
  yield* asyncio.sleep(1)
  print('main waits for the tasks')
  yield* asyncio.gather(t, named)
})

export default program(function* () {
  yield* asyncio.run(main())
})
