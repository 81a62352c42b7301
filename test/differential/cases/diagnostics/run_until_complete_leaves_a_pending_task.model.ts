import { async_def, asyncio, del_, print, program } from '../../../../src/scheduler/python.js'

const child = async_def(function* child() {
  try {
    print('child starts')
    yield* asyncio.sleep(10)
    print('child done')
  } finally {
    print('child finally')
  }
})

const main = async_def(function* main() {
  del_(asyncio.create_task(child()))
  yield* asyncio.sleep(1)
  print('main done')
})

export default program(function* () {
  // A global loop, never closed: its pending task is collected at exit, after the loop.
  const loop = asyncio.new_event_loop()
  yield* loop.run_until_complete(main())
  print('after run_until_complete')
})
