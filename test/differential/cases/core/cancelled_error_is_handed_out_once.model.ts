import { async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'

const victim = async_def(function* victim() {
  yield* asyncio.sleep(10)
})

const main = async_def(function* main() {
  const t = asyncio.create_task(victim())
  yield* asyncio.sleep(0)
  t.cancel('reason')
  yield* asyncio.sleep(0)
  yield* asyncio.sleep(0)
  for (let i = 0; i < 3; i++) {
    try {
      t.result()
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e
      print(repr(e))
    }
  }
  try {
    yield* t
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('await:', repr(e))
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
