import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  print('waiting')
  yield* asyncio.wait_for(asyncio.sleep(10), 1.5)
})

export default program(function* () {
  yield* asyncio.run(main())
})
