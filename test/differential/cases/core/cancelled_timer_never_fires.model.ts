import { async_def, asyncio, float, print, program } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const keep = loop.call_later(1, print, 'kept timer')
  const drop = loop.call_later(0.5, print, 'dropped timer')
  print(drop.cancelled())
  drop.cancel()
  drop.cancel()
  print(drop.cancelled(), keep.cancelled(), float(keep.when()))
  yield* asyncio.sleep(2)
  print('done at', float(loop.time()))
})

export default program(function* () {
  yield* asyncio.run(main())
})
