import { type Blocking, del_, ValueError, async_def, asyncio, float, print, program, time } from '../../../../src/scheduler/python.js'

function* fails(): Blocking<never> {
  yield* time.sleep(1)
  throw new ValueError('lost')
}

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  del_(yield* loop.run_in_executor(null, fails))
  yield* asyncio.sleep(2)
  print('main ends at', float(loop.time()))
})

export default program(function* () {
  yield* asyncio.run(main())
  print('after run at', float(time.monotonic()))
})
