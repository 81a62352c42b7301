import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Future } from '../../../../src/scheduler/futures.js'

const waiter = async_def(function* waiter(fut: Future<string>) {
  try {
    const value = yield* fut
    print('got', value)
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print('cancelled although the future had a result:', fut.result())
    throw e
  }
})

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const fut = loop.create_future<string>()
  const t = asyncio.create_task(waiter(fut))
  yield* asyncio.sleep(0)
  fut.set_result('value')
  print('cancel() ->', t.cancel())
  yield* asyncio.sleep(0)
  print(t.cancelled())
})

export default program(function* () {
  yield* asyncio.run(main())
})
