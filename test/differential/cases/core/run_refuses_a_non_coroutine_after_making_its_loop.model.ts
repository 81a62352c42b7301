import { RuntimeError, ValueError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Coro } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  print('main is', asyncio.current_task()!.get_name())
})

export default program(function* () {
  try {
    yield* asyncio.run(42 as unknown as Coro<void>)
  } catch (e) {
    if (!(e instanceof ValueError)) throw e
    print('ValueError:', e)
  }
  yield* asyncio.run(main())
  try {
    asyncio.get_event_loop()
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
})
