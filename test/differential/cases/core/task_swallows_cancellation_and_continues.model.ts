import { async_def, asyncio, float, print, program } from '../../../../src/scheduler/python.js'

const stubborn = async_def(function* stubborn() {
  try {
    yield* asyncio.sleep(5)
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('caught the cancellation, carrying on')
  }
  yield* asyncio.sleep(1)
  print('still running at', float(asyncio.get_running_loop().time()))
  return 'finished anyway'
})

const main = async_def(function* main() {
  const t = asyncio.create_task(stubborn())
  yield* asyncio.sleep(1)
  t.cancel()
  const result = yield* t
  print(result, t.cancelled(), t.cancelling())
})

export default program(function* () {
  yield* asyncio.run(main())
})
