import { async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'

const self_cancel = async_def(function* self_cancel() {
  const me = asyncio.current_task()!
  print('cancel() ->', me.cancel('by myself'))
  print('still running, cancelled() is', me.cancelled())
  return 'this result is discarded'
})

const main = async_def(function* main() {
  const t = asyncio.create_task(self_cancel())
  try {
    yield* t
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('main got', repr(e))
  }
  print(t.cancelled(), t.cancelling())
})

export default program(function* () {
  yield* asyncio.run(main())
})
