import { TimeoutError, async_def, async_with, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'
import type { Timeout } from '../../../../src/scheduler/timeouts.js'

const main = async_def(function* main() {
  let cm!: Timeout
  try {
    yield* async_with(asyncio.timeout(1), function* (t) {
      cm = t
      print(repr(cm))
      yield* asyncio.sleep(5)
      print('not reached')
    })
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e
    print('TimeoutError, expired:', cm.expired())
  }
  print(repr(cm))
})

export default program(function* () {
  yield* asyncio.run(main())
})
