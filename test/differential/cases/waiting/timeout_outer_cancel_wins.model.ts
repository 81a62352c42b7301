import { CancelledError, TimeoutError, async_def, async_with, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Timeout } from '../../../../src/scheduler/timeouts.js'

const guarded = async_def(function* guarded() {
  let cm!: Timeout
  try {
    yield* async_with(asyncio.timeout(2), function* (t) {
      cm = t
      yield* asyncio.sleep(10)
    })
  } catch (e) {
    if (e instanceof TimeoutError) {
      print('TimeoutError (wrong)')
    } else if (e instanceof CancelledError) {
      print('CancelledError, expired:', cm.expired())
      throw e
    } else {
      throw e
    }
  }
})

const main = async_def(function* main() {
  const task = asyncio.create_task(guarded())
  yield* asyncio.sleep(1)
  task.cancel()
  try {
    yield* task
  } catch (e) {
    if (!(e instanceof CancelledError)) throw e
    print('task cancelled:', task.cancelled())
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
