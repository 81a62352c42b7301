import { async_def, asyncio, float, print, program } from '../../../../src/scheduler/python.js'
import type { Task } from '../../../../src/scheduler/tasks.js'

const assassin = async_def(function* assassin(target: Task<unknown>) {
  yield* asyncio.sleep(1)
  print('cancelling main')
  target.cancel()
})

const main = async_def(function* main() {
  asyncio.create_task(assassin(asyncio.current_task()!))
  try {
    yield* asyncio.sleep(5)
  } finally {
    print('main finally at', float(asyncio.get_running_loop().time()))
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
