import { async_def, asyncio, float, print, program } from '../../../../src/scheduler/python.js'

const background = async_def(function* background() {
  try {
    yield* asyncio.sleep(100)
  } finally {
    print('cleanup starts')
    yield* asyncio.sleep(2)
    print('cleanup ends at', float(asyncio.get_running_loop().time()))
  }
})

const main = async_def(function* main() {
  asyncio.create_task(background())
  yield* asyncio.sleep(1)
})

export default program(function* () {
  yield* asyncio.run(main())
  print('after run')
})
