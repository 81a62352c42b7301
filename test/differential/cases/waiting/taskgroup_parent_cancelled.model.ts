import { CancelledError, async_def, async_with, asyncio, print, program } from '../../../../src/scheduler/python.js'

const child = async_def(function* child(n: number) {
  try {
    yield* asyncio.sleep(5)
  } catch (e) {
    if (!(e instanceof CancelledError)) throw e
    print('child', n, 'cancelled')
    throw e
  }
})

const parent = async_def(function* parent() {
  yield* async_with(new asyncio.TaskGroup(), function* (tg) {
    tg.create_task(child(1))
  })
  print('not reached')
})

const main = async_def(function* main() {
  const task = asyncio.create_task(parent())
  yield* asyncio.sleep(1)
  task.cancel()
  try {
    yield* task
  } catch (e) {
    if (!(e instanceof CancelledError)) throw e
    print('parent cancelled:', task.cancelled())
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
