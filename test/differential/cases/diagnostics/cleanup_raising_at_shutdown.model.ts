import { ValueError, async_def, asyncio, del_, print, program } from '../../../../src/scheduler/python.js'

const stubborn = async_def(function* stubborn() {
  try {
    yield* asyncio.sleep(10)
  } finally {
    print('stubborn finally')
    // eslint-disable-next-line no-unsafe-finally
    throw new ValueError('oops in cleanup')
  }
})

const main = async_def(function* main() {
  del_(asyncio.create_task(stubborn()))
  yield* asyncio.sleep(1)
  print('main done')
})

export default program(function* () {
  yield* asyncio.run(main())
  print('after run')
})
