import { async_def, asyncio, float, print, program, time } from '../../../../src/scheduler/python.js'

const polite = async_def(function* polite() {
  yield* asyncio.sleep(1)
  print('polite woke at', float(asyncio.get_running_loop().time()))
})

const rude = async_def(function* rude() {
  print('rude blocks the loop for 2 s')
  yield* time.sleep(2)
  print('rude done at', float(time.monotonic()))
})

const main = async_def(function* main() {
  yield* asyncio.gather(polite(), rude())
})

export default program(function* () {
  yield* asyncio.run(main())
})
