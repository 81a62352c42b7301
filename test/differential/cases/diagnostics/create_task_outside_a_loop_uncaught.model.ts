import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const say_after = async_def(function* say_after(delay: number, what: string) {
  yield* asyncio.sleep(delay)
  print(what)
})

export default program(function* () {
  print('creating a task without a loop')
  // RuntimeError: no running event loop. Its traceback keeps the coroutine alive until the
  // interpreter has printed it; then the coroutine warns.
  asyncio.create_task(say_after(1, 'hello'))
  print('never printed')
})
