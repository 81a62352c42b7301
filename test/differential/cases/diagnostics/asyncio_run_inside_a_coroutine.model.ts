import { RuntimeError, async_def, asyncio, del_, print, program } from '../../../../src/scheduler/python.js'

const inner = async_def(function* inner() {
  print('inner runs')
})

const main = async_def(function* main() {
  try {
    // A refused blocking call raises before it blocks, so `yield*` reads like Python's plain call.
    yield* asyncio.run(inner())
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
    print('end of except')
    del_(e, 13) // the except block ends: run()'s frame, and its `main` argument, go with the traceback
  }
  print('after')
})

export default program(function* () {
  yield* asyncio.run(main())
})
