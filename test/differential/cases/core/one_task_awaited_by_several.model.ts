import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Future } from '../../../../src/scheduler/futures.js'
import type { Task } from '../../../../src/scheduler/tasks.js'

const source = async_def(function* source() {
  yield* asyncio.sleep(1)
  return 'shared'
})

const reader = async_def(function* reader(name: string, t: Task<string>) {
  print(name, 'got', yield* t)
})

const main = async_def(function* main() {
  const t = asyncio.create_task(source())
  t.add_done_callback((f: Future<string>) => print('done callback sees', f.result()))
  const readers = ['r1', 'r2', 'r3'].map((n) => asyncio.create_task(reader(n, t)))
  yield* asyncio.sleep(0)
  t.add_done_callback(() => print('late done callback'))
  yield* asyncio.gather(...readers)
  print(yield* t)
})

export default program(function* () {
  yield* asyncio.run(main())
})
