import { KeyboardInterrupt, async_def, asyncio, float, print, program, repr } from '../../../../src/scheduler/python.js'
import type { Task } from '../../../../src/scheduler/tasks.js'

let interrupter_task: Task<void> | null = null

const interrupter = async_def(function* interrupter() {
  yield* asyncio.sleep(1)
  throw new KeyboardInterrupt()
})

const main = async_def(function* main() {
  interrupter_task = asyncio.create_task(interrupter())
  try {
    yield* asyncio.sleep(5)
  } finally {
    print('main finally at', float(asyncio.get_running_loop().time()))
  }
})

export default program(function* () {
  try {
    yield* asyncio.run(main())
  } catch (e) {
    if (!(e instanceof KeyboardInterrupt)) throw e
    print('KeyboardInterrupt reached the module')
  }
  print(repr(interrupter_task!.exception()))
})
