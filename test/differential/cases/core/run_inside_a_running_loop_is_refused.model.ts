import { Exception, RuntimeError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Coro } from '../../../../src/scheduler/python.js'

const inner = async_def(function* inner() {
  return 1
})

// A refused blocking call raises before it blocks, so `yield*` reads like Python's plain call.
const main = async_def(function* main() {
  const coro = inner()
  try {
    yield* asyncio.run(coro)
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
  print(yield* coro)
  const loop = asyncio.get_running_loop()
  try {
    yield* loop.run_until_complete(loop.create_future())
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
  try {
    yield* loop.run_forever()
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
  try {
    yield* asyncio.run(42 as unknown as Coro<number>)
  } catch (e) {
    if (!(e instanceof Exception)) throw e
    print(e.name, e)
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
