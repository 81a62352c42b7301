import { ValueError, async_def, asyncio, del_, print, program } from '../../../../src/scheduler/python.js'

const boom = async_def(function* boom() {
  print('boom starts')
  yield* asyncio.sleep(0.5)
  print('boom raises')
  throw new ValueError('boom')
})

const other = async_def(function* other() {
  yield* asyncio.sleep(0.5)
  print('other wakes at the same time')
})

const main = async_def(function* main() {
  // Not stored: only the loop holds these tasks. The failed one is freed right after its last step.
  del_(asyncio.create_task(boom()))
  del_(asyncio.create_task(other()))
  yield* asyncio.sleep(1)
  print('main done')
})

export default program(function* () {
  yield* asyncio.run(main())
  print('after run')
})
