import { RecursionError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Task } from '../../../../src/scheduler/tasks.js'

let tasks: Task<void>[] = []

const a = async_def(function* a() {
  yield* tasks[1]!
})

const b = async_def(function* b() {
  yield* tasks[0]!
})

const main = async_def(function* main() {
  tasks.push(asyncio.create_task(a()))
  tasks.push(asyncio.create_task(b()))
  yield* asyncio.sleep(1)
  try {
    tasks[0]!.cancel()
  } catch (e) {
    if (!(e instanceof RecursionError)) throw e
    print('RecursionError:', e)
  }
  print(tasks[0]!.done(), tasks[1]!.done())
  yield* asyncio.sleep(1)
  print(tasks[0]!.done(), tasks[1]!.done())
})

export default program(function* () {
  tasks = []
  yield* asyncio.run(main())
})
