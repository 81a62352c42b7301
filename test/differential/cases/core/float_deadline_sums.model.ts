import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const two_steps = async_def(function* two_steps() {
  yield* asyncio.sleep(0.1)
  yield* asyncio.sleep(0.2)
  print('0.1 + 0.2 done at', asyncio.get_running_loop().time())
})

const one_step = async_def(function* one_step() {
  yield* asyncio.sleep(0.3)
  print('0.3 done at', asyncio.get_running_loop().time())
})

const main = async_def(function* main() {
  print(0.1 + 0.2, 0.1 + 0.2 > 0.3)
  yield* asyncio.gather(two_steps(), one_step())
})

export default program(function* () {
  yield* asyncio.run(main())
})
