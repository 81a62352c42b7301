import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const quick = async_def(function* quick() {
  return 1
})

const main = async_def(function* main() {
  const t = asyncio.create_task(quick())
  yield* asyncio.sleep(0)
  print(t.done(), t.cancel(), t.cancelled(), t.cancelling(), t.result())
  const t2 = asyncio.create_task(quick())
  t2.cancel()
  t2.cancel()
  print(t2.cancelling())
  yield* asyncio.sleep(0)
  print(t2.cancelled(), t2.cancel(), t2.cancelling())
})

export default program(function* () {
  yield* asyncio.run(main())
})
