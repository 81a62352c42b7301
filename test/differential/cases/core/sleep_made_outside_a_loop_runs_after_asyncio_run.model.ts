import { async_def, asyncio, float, print, program } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  yield* asyncio.sleep(0)
})

export default program(function* () {
  yield* asyncio.run(main())
  const loop = asyncio.new_event_loop()
  print(yield* loop.run_until_complete(asyncio.sleep(1, 'slept on a new loop')), float(loop.time()))
  loop.close()
})
