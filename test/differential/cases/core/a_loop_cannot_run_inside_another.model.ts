import { RuntimeError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const nested = async_def(function* nested() {
  const other = asyncio.new_event_loop()
  const fut = other.create_future()
  try {
    yield* other.run_until_complete(fut)
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
  other.close()
  print(asyncio.get_running_loop() !== other)
})

export default program(function* () {
  yield* asyncio.run(nested())
})
