import { async_def, asyncio, float, print, program, repr } from '../../../../src/scheduler/python.js'

const worker = async_def(function* worker() {
  const me = asyncio.current_task()!
  me.cancel('self')
  const sleeper = asyncio.sleep(10)
  try {
    yield* sleeper
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('awaiting raised at once', repr(e), float(asyncio.get_running_loop().time()))
  }
  yield* asyncio.sleep(1)
  print('finished normally')
})

const main = async_def(function* main() {
  const t = asyncio.create_task(worker())
  yield* t
  print(t.cancelled(), t.cancelling())
})

export default program(function* () {
  yield* asyncio.run(main())
})
