import { TimeoutError, async_def, async_with, asyncio, float, print, program } from '../../../../src/scheduler/python.js'
import type { Timeout } from '../../../../src/scheduler/timeouts.js'

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  let cm!: Timeout
  try {
    yield* async_with(asyncio.timeout(null), function* (t) {
      cm = t
      print('when:', cm.when())
      cm.reschedule(loop.time() + 1)
      print('when:', float(cm.when()!))
      yield* asyncio.sleep(0.5)
      cm.reschedule(loop.time() + 2)
      print('when:', cm.when())
      yield* asyncio.sleep(10)
    })
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e
    print('TimeoutError, expired:', cm.expired())
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
