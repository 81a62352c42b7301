import { async_def, asyncio, float, print, program } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  for (let i = 0; i < 10; i++) yield* asyncio.sleep(0.1)
  print(float(loop.time()), loop.time() === 1.0)
  loop.call_at(1.0, print, 'timer at exactly 1.0')
  yield* asyncio.sleep(0)
  print('after sleep(0):', float(loop.time()))
  yield* asyncio.sleep(0.0000000001)
  print(float(loop.time()))
})

export default program(function* () {
  yield* asyncio.run(main())
})
