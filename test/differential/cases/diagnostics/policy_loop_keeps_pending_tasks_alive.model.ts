import { async_def, asyncio, del_, print, program } from '../../../../src/scheduler/python.js'

const sleeper = async_def(function* sleeper() {
  try {
    yield* asyncio.sleep(10)
  } finally {
    print('never printed: the policy still holds the loop')
  }
})

const main = async_def(function* main() {
  del_(asyncio.create_task(sleeper()))
  yield* asyncio.sleep(1)
  print('main done')
})

export default program(function* () {
  const loop = asyncio.get_event_loop()
  yield* loop.run_until_complete(main())
  print('after run_until_complete')
})
