import { async_def, asyncio, print, program } from '../../src/scheduler/python.js'
import type { Future } from '../../src/scheduler/futures.js'

const set_after = async_def(function* set_after(fut: Future<string>, delay: number, value: string) {
  yield* asyncio.sleep(delay)
  fut.set_result(value)
  print('set_after: result set')
})

const foo = async_def(function* foo() {
  return 42
})

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const fut = loop.create_future<string>()
  const setter = asyncio.create_task(set_after(fut, 3, '10089'))
  print('fut:', fut)
  const r = yield* fut
  print('r:', r)
  print('fut:', fut)

  print('a Task is a Future:', setter instanceof asyncio.Future)
  print('ensure_future(a task) returns it:', asyncio.ensure_future(setter) === setter)
  const task = asyncio.ensure_future(foo())
  print('ensure_future(foo()) made', task.get_name(), 'which returns', yield* task)

  const never = loop.create_future()
  print('now awaiting a future nobody sets...')
  yield* never
  print('never printed')
})

export default program(function* () {
  yield* asyncio.run(main())
})
