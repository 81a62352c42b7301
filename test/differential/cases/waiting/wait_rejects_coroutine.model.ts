import { TypeError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const work = async_def(function* work() {
  yield* asyncio.sleep(1)
})

const main = async_def(function* main() {
  const coro = work()
  try {
    yield* asyncio.wait([coro])
  } catch (e) {
    if (!(e instanceof TypeError)) throw e
    print('TypeError:', e)
  }
  coro.return()
})

export default program(function* () {
  yield* asyncio.run(main())
})
