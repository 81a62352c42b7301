import {
  CancelledError,
  ExceptionGroup,
  ValueError,
  async_def,
  async_with,
  asyncio,
  print,
  program,
  repr,
} from '../../../../src/scheduler/python.js'
import type { Task } from '../../../../src/scheduler/tasks.js'

const crash = async_def(function* crash(delay: number) {
  yield* asyncio.sleep(delay)
  throw new ValueError('boom')
})

const sibling = async_def(function* sibling() {
  try {
    yield* asyncio.sleep(5)
  } catch (e) {
    if (!(e instanceof CancelledError)) throw e
    print('sibling cancelled')
    throw e
  }
})

const main = async_def(function* main() {
  let s!: Task<void>
  try {
    yield* async_with(new asyncio.TaskGroup(), function* (tg) {
      tg.create_task(crash(1))
      s = tg.create_task(sibling())
      yield* asyncio.sleep(10)
      print('not reached')
    })
  } catch (eg) {
    if (!(eg instanceof ExceptionGroup)) throw eg
    print(eg)
    print(eg.exceptions.map((e) => repr(e)))
  }
  print('sibling cancelled:', s.cancelled())
  print('main cancelling:', asyncio.current_task()!.cancelling())
})

export default program(function* () {
  yield* asyncio.run(main())
})
