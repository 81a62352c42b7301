import { TimeoutError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const with_cleanup = async_def(function* with_cleanup() {
  try {
    yield* asyncio.sleep(10)
  } finally {
    print('cleaning up')
    yield* asyncio.sleep(0.5)
    print('cleaned up')
  }
})

const main = async_def(function* main() {
  try {
    yield* asyncio.wait_for(with_cleanup(), { timeout: 2 })
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e
    print('TimeoutError')
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
