import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Future } from '../../../../src/scheduler/futures.js'

const waiter = async_def(function* waiter(name: string, fut: Future<unknown>) {
  try {
    print(name, 'got', yield* fut)
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print(name, 'cancelled')
  }
})

const main = async_def(function* main() {
  const fut = asyncio.get_running_loop().create_future()
  const a = asyncio.create_task(waiter('a', fut))
  asyncio.create_task(waiter('b', fut))
  yield* asyncio.sleep(0)
  a.cancel()
  yield* asyncio.sleep(0)
  print('shared future cancelled:', fut.cancelled())
  yield* asyncio.sleep(0)
})

export default program(function* () {
  yield* asyncio.run(main())
})
