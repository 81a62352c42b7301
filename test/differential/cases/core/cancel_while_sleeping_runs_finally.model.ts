import { async_def, asyncio, float, print, program } from '../../../../src/scheduler/python.js'

const sleeper = async_def(function* sleeper() {
  try {
    print('sleeping')
    yield* asyncio.sleep(10)
    print('never printed')
  } finally {
    print('finally at', float(asyncio.get_running_loop().time()))
  }
})

const main = async_def(function* main() {
  const t = asyncio.create_task(sleeper())
  yield* asyncio.sleep(1)
  t.cancel()
  print('cancel requested; cancelled() is', t.cancelled())
  try {
    yield* t
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('main saw CancelledError at', float(asyncio.get_running_loop().time()))
  }
  yield* asyncio.sleep(20)
  print('no stray timer woke anything')
})

export default program(function* () {
  yield* asyncio.run(main())
})
