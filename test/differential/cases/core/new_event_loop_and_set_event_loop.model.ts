import { RuntimeError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const where = async_def(function* where() {
  return asyncio.get_running_loop()
})

export default program(function* () {
  const loop = asyncio.new_event_loop()
  const other = asyncio.new_event_loop()
  asyncio.set_event_loop(loop)
  print(asyncio.get_event_loop() === loop)
  print((yield* other.run_until_complete(where())) === other)
  print((yield* loop.run_until_complete(where())) === loop)
  asyncio.set_event_loop(null)
  try {
    asyncio.get_event_loop()
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
  try {
    asyncio.get_running_loop()
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
  other.close()
  loop.close()
})
