import { async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'

const quits = async_def(function* quits() {
  yield* asyncio.sleep(0)
  throw new asyncio.CancelledError('my own')
})

const main = async_def(function* main() {
  const t = asyncio.create_task(quits())
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
