import { async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'

const background = async_def(function* background() {
  try {
    print('background started')
    yield* asyncio.sleep(100)
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print('background cancelled at shutdown', repr(e), asyncio.current_task()!.get_name())
    }
    throw e
  } finally {
    print('background finally')
  }
})

const main = async_def(function* main() {
  asyncio.create_task(background())
  yield* asyncio.sleep(1)
  print('main done')
})

export default program(function* () {
  yield* asyncio.run(main())
  print('after run')
})
