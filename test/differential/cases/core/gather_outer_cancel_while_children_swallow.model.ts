import { async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'

const stubborn = async_def(function* stubborn() {
  try {
    yield* asyncio.sleep(5)
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('stubborn swallowed the cancel')
  }
  return 'stubborn result'
})

const main = async_def(function* main() {
  const g = asyncio.gather(stubborn())
  yield* asyncio.sleep(1)
  g.cancel('outer')
  try {
    print(yield* g)
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('main got', repr(e))
  }
  print(g.cancelled(), g.done())
})

export default program(function* () {
  yield* asyncio.run(main())
})
