import type { Task } from '../../../../src/scheduler/tasks.js'
import { type Coro, async_def, asyncio, del_, print, program } from '../../../../src/scheduler/python.js'

const sleeper = async_def(function* sleeper(n: number, d: number) {
  try {
    print('sleeper starts', n)
    yield* asyncio.sleep(d)
  } finally {
    print('sleeper finally', n)
  }
})

const waiter = async_def(function* waiter(n: number, t: Task<unknown>): Coro<void> {
  try {
    print('waiter starts', n)
    yield* t
  } finally {
    print('waiter finally', n)
  }
})

const main = async_def(function* main() {
  const t = asyncio.create_task(sleeper(0, 10))
  del_(asyncio.create_task(waiter(1, t)))
  del_(asyncio.create_task(sleeper(2, 5)))
  yield* asyncio.sleep(1)
  del_(asyncio.create_task(sleeper(3, 5)))
  print('main done')
  del_(t) // main returns: its frame drops `t`
})

export default program(function* () {
  const loop = asyncio.new_event_loop()
  yield* loop.run_until_complete(main())
  print('after run_until_complete')
  loop.close()
  print('closed')
})
