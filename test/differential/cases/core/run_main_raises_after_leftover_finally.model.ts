import { ValueError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const background = async_def(function* background() {
  try {
    yield* asyncio.sleep(100)
  } finally {
    print('background finally')
  }
})

const main = async_def(function* main() {
  asyncio.create_task(background())
  yield* asyncio.sleep(1)
  throw new ValueError('main failed')
})

export default program(function* () {
  yield* asyncio.run(main())
})
