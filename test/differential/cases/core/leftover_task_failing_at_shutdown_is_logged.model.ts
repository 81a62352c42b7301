import { ValueError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const bad_cleanup = async_def(function* bad_cleanup() {
  try {
    yield* asyncio.sleep(100)
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('cleanup fails')
    throw new ValueError('cleanup broke')
  }
})

const main = async_def(function* main() {
  asyncio.create_task(bad_cleanup())
  yield* asyncio.sleep(1)
  print('main done')
})

export default program(function* () {
  yield* asyncio.run(main())
  print('after run')
})
