import { CancelledError, async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'

const stubborn = async_def(function* stubborn() {
  try {
    yield* asyncio.sleep(10)
  } catch (e) {
    if (!(e instanceof CancelledError)) throw e
    print('cancellation swallowed')
    return 'inner value'
  }
  return 'finished'
})

const main = async_def(function* main() {
  const result = yield* asyncio.wait_for(stubborn(), { timeout: 1 })
  print('wait_for returned', repr(result))
})

export default program(function* () {
  yield* asyncio.run(main())
})
