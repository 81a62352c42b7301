import { CancelledError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Task } from '../../../../src/scheduler/tasks.js'

const important = async_def(function* important() {
  yield* asyncio.sleep(2)
  print('important work finished')
  return 'saved'
})

const waiter = async_def(function* waiter(inner: Task<string>) {
  try {
    return yield* asyncio.shield(inner)
  } catch (e) {
    if (!(e instanceof CancelledError)) throw e
    print('waiter cancelled')
    throw e
  }
})

const main = async_def(function* main() {
  const inner = asyncio.create_task(important())
  const outer = asyncio.create_task(waiter(inner))
  yield* asyncio.sleep(1)
  outer.cancel()
  yield* asyncio.sleep(0)
  yield* asyncio.sleep(0)
  print('outer cancelled:', outer.cancelled(), 'inner cancelled:', inner.cancelled())
  print(yield* inner)
})

export default program(function* () {
  yield* asyncio.run(main())
})
