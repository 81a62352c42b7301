import { TimeoutError, async_def, async_with, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Timeout } from '../../../../src/scheduler/timeouts.js'

const main = async_def(function* main() {
  let outer!: Timeout
  let inner!: Timeout
  try {
    yield* async_with(asyncio.timeout(1), function* (cm) {
      outer = cm
      try {
        yield* async_with(asyncio.timeout(5), function* (cm) {
          inner = cm
          yield* asyncio.sleep(10)
        })
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e
        print('inner caught it (wrong)')
      }
    })
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e
    print('outer expired:', outer.expired(), 'inner expired:', inner.expired())
  }
  print('cancelling:', asyncio.current_task()!.cancelling())

  try {
    yield* async_with(asyncio.timeout(3), function* (cm) {
      outer = cm
      try {
        yield* async_with(asyncio.timeout(1), function* (cm) {
          inner = cm
          yield* asyncio.sleep(10)
        })
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e
        print('inner expired:', inner.expired(), 'outer expired:', outer.expired())
      }
      yield* asyncio.sleep(1)
      print('still inside outer')
    })
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e
    print('outer caught it (wrong)')
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
