import { async_def, asyncio, print, program, time } from '../../../../src/scheduler/python.js'
import type { Future } from '../../../../src/scheduler/futures.js'
import type { Task } from '../../../../src/scheduler/tasks.js'

let tasks: Task<void>[] = []

const first = async_def(function* first() {
  yield* tasks[1]!
})

const second = async_def(function* second(fut: Future<string>) {
  yield* fut
  yield* time.sleep(0.5)
  asyncio.current_task()!.cancel()
  print('second awaits first, which awaits second')
  yield* tasks[0]!
})

const main = async_def(function* main() {
  const fut = asyncio.get_running_loop().create_future<string>()
  tasks.push(asyncio.create_task(first()))
  tasks.push(asyncio.create_task(second(fut)))
  yield* asyncio.sleep(1)
  fut.set_result('go')
  yield* asyncio.sleep(1)
  print('the loop went on:', tasks[0]!.done(), tasks[1]!.done())
})

export default program(function* () {
  tasks = []
  yield* asyncio.run(main())
})
