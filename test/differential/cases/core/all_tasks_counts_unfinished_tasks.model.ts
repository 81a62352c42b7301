import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const nap = async_def(function* nap(d: number) {
  yield* asyncio.sleep(d)
})

const main = async_def(function* main() {
  print(asyncio.all_tasks().size)
  const tasks = [1, 2, 3].map((d) => asyncio.create_task(nap(d)))
  print(asyncio.all_tasks().size, asyncio.all_tasks().has(asyncio.current_task()!))
  yield* tasks[0]!
  print(asyncio.all_tasks().size, asyncio.all_tasks().has(tasks[0]!))
  tasks[2]!.cancel()
  print(asyncio.all_tasks().size)
  yield* asyncio.sleep(0)
  print(asyncio.all_tasks().size)
  yield* tasks[1]!
  print(asyncio.all_tasks().size)
})

export default program(function* () {
  yield* asyncio.run(main())
})
