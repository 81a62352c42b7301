import { async_def, asyncio, f, format, print, program, time } from '../../../../src/scheduler/python.js'

// A plain function that blocks its thread is a `function*` (not async_def), as thread targets are.
function* blocking(seconds: number) {
  print(f`callback sleeps ${seconds}s at ${format(asyncio.get_running_loop().time(), '.1f')}`)
  yield* time.sleep(seconds)
  print(f`callback done at ${format(asyncio.get_running_loop().time(), '.1f')}`)
}

const ticker = async_def(function* ticker() {
  for (let i = 0; i < 3; i++) {
    print(f`tick ${i} at ${format(asyncio.get_running_loop().time(), '.1f')}`)
    yield* asyncio.sleep(1)
  }
})

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const task = asyncio.create_task(ticker())
  yield* asyncio.sleep(0.5)
  loop.call_soon(blocking, 2)
  yield* task
})

export default program(function* () {
  yield* asyncio.run(main())
})
