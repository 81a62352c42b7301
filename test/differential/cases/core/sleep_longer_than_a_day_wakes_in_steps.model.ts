import { async_def, asyncio, float, print, program } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  print('sleeping 3 days')
  yield* asyncio.sleep(3 * 86400 + 0.5)
  print('woke at', float(asyncio.get_running_loop().time()))
})

export default program(function* () {
  yield* asyncio.run(main())
})
