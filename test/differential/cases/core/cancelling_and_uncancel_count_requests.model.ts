import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const target = async_def(function* target() {
  const task = asyncio.current_task()!
  try {
    yield* asyncio.sleep(10)
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('in except:', task.cancelling())
    print('uncancel ->', task.uncancel())
    print('uncancel ->', task.uncancel())
    print('uncancel ->', task.uncancel())
  }
  yield* asyncio.sleep(1)
  return 'survived'
})

const main = async_def(function* main() {
  const t = asyncio.create_task(target())
  yield* asyncio.sleep(0)
  print(t.cancelling(), t.cancel(), t.cancelling(), t.cancel('two'), t.cancelling())
  print(yield* t, t.cancelling())
})

export default program(function* () {
  yield* asyncio.run(main())
})
