import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Task } from '../../../../src/scheduler/tasks.js'

const inner = async_def(function* inner() {
  try {
    yield* asyncio.sleep(10)
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print('inner cancelled')
    throw e
  }
})

const outer = async_def(function* outer(t: Task<void>) {
  try {
    yield* t
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print('outer cancelled')
    throw e
  }
})

const main = async_def(function* main() {
  const i = asyncio.create_task(inner())
  const o = asyncio.create_task(outer(i))
  yield* asyncio.sleep(1)
  o.cancel()
  yield* asyncio.sleep(0)
  print('one iteration later:', i.cancelled(), o.cancelled())
  yield* asyncio.sleep(0)
  print('two iterations later:', i.cancelled(), o.cancelled())
})

export default program(function* () {
  yield* asyncio.run(main())
})
