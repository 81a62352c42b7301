import { TypeError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Coro } from '../../../../src/scheduler/python.js'

const work = async_def(function* work() {
  return 7
})

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const coro = work()
  print(asyncio.iscoroutine(coro), asyncio.isfuture(coro))
  const task = asyncio.ensure_future(coro)
  print(task instanceof asyncio.Future, task instanceof asyncio.Task, asyncio.isfuture(task))
  const fut = loop.create_future()
  print(asyncio.ensure_future(fut) === fut, asyncio.ensure_future(task) === task)
  print(fut instanceof asyncio.Task, task.get_loop() === loop, fut.get_loop() === loop)
  print(yield* task, task.result(), task.done())
  try {
    asyncio.ensure_future(42 as unknown as Coro<number>)
  } catch (e) {
    if (!(e instanceof TypeError)) throw e
    print('TypeError', e)
  }
  try {
    asyncio.create_task(42 as unknown as Coro<number>)
  } catch (e) {
    if (!(e instanceof TypeError)) throw e
    print('TypeError', e)
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
