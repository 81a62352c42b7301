import { TimeoutError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const slow = async_def(function* slow() {
  yield* asyncio.sleep(30)
  return 'never'
})

const main = async_def(function* main() {
  const task = asyncio.create_task(slow())
  try {
    yield* asyncio.wait_for(task, { timeout: 1 })
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e
    print('timed out')
  }
  print('cancelled:', task.cancelled())
  print('done:', task.done())
})

export default program(function* () {
  yield* asyncio.run(main())
})
