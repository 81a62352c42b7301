import { async_def, asyncio, del_, float, print, program } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  for (let i = 0; i < 3; i++) {
    print('tick', i, 'at', float(loop.time()))
    // The warnings registry shows a warning once per line: the loop warns on its first pass only.
    del_(asyncio.sleep(1), 8)
  }
  print('the loop never slept:', float(loop.time()))
  del_(asyncio.sleep(1), 10)
  yield* asyncio.sleep(1)
  print('one real sleep:', float(loop.time()))
})

export default program(function* () {
  yield* asyncio.run(main())
})
