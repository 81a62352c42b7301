import { async_def, async_with, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Task } from '../../../../src/scheduler/tasks.js'

const work = async_def(function* work(n: number) {
  yield* asyncio.sleep(n)
  print('work', n, 'done')
  return n * n
})

const main = async_def(function* main() {
  let t1!: Task<number>, t2!: Task<number>, t3!: Task<number>
  yield* async_with(new asyncio.TaskGroup(), function* (tg) {
    t1 = tg.create_task(work(1))
    t2 = tg.create_task(work(2))
    t3 = tg.create_task(work(3))
    print('tasks created')
  })
  print('all done:', t1.result(), t2.result(), t3.result())
})

export default program(function* () {
  yield* asyncio.run(main())
})
