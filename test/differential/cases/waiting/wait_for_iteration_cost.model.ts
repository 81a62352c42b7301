import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

let ticks = 0

const ticker = async_def(function* ticker() {
  for (;;) {
    yield* asyncio.sleep(0)
    ticks += 1
  }
})

const quick = async_def(function* quick() {
  print('quick runs in', asyncio.current_task()!.get_name())
  return 42
})

const main = async_def(function* main() {
  const t = asyncio.create_task(ticker())
  yield* asyncio.sleep(0)
  const start = ticks
  const result = yield* asyncio.wait_for(quick(), { timeout: 5 })
  print('result', result, 'after', ticks - start, 'iterations')
  t.cancel()
})

export default program(function* () {
  ticks = 0
  yield* asyncio.run(main())
})
