import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const slow_cleanup = async_def(function* slow_cleanup() {
  try {
    yield* asyncio.sleep(10)
  } finally {
    print('cleanup starts')
    yield* asyncio.sleep(2)
    print('cleanup ends')
  }
})

const main = async_def(function* main() {
  const t = asyncio.create_task(slow_cleanup())
  yield* asyncio.sleep(1)
  t.cancel()
  print('after cancel():', t.cancelled(), t.done())
  yield* asyncio.sleep(1)
  print('during cleanup:', t.cancelled(), t.done())
  yield* asyncio.sleep(1.5)
  print('after cleanup:', t.cancelled(), t.done())
})

export default program(function* () {
  yield* asyncio.run(main())
})
