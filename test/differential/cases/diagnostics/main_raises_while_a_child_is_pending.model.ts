import { ValueError, async_def, asyncio, del_, print, program } from '../../../../src/scheduler/python.js'

const worker = async_def(function* worker() {
  try {
    print('worker starts')
    yield* asyncio.sleep(5)
    print('worker never finishes')
  } finally {
    print('worker cleans up')
  }
})

const main = async_def(function* main() {
  del_(asyncio.create_task(worker()))
  yield* asyncio.sleep(1)
  print('main raises')
  throw new ValueError('boom')
})

export default program(function* () {
  // asyncio.run cancels the worker and lets its finally run before the exception ends the program.
  yield* asyncio.run(main())
  print('never printed')
})
