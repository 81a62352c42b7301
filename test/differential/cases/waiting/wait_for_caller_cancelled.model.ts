import { CancelledError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const inner = async_def(function* inner() {
  try {
    yield* asyncio.sleep(10)
  } catch (e) {
    if (!(e instanceof CancelledError)) throw e
    print('inner cancelled')
    yield* asyncio.sleep(0.25)
    print('inner cleaned up')
    throw e
  }
})

const caller = async_def(function* caller() {
  try {
    yield* asyncio.wait_for(inner(), { timeout: 5 })
  } catch (e) {
    if (!(e instanceof CancelledError)) throw e
    print('caller cancelled')
    throw e
  }
})

const main = async_def(function* main() {
  const task = asyncio.create_task(caller())
  yield* asyncio.sleep(1)
  task.cancel()
  try {
    yield* task
  } catch (e) {
    if (!(e instanceof CancelledError)) throw e
    print('main saw CancelledError, cancelled:', task.cancelled())
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
