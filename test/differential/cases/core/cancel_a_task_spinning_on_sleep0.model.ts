import { async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'

const spinner = async_def(function* spinner() {
  let n = 0
  try {
    for (;;) {
      n += 1
      yield* asyncio.sleep(0)
    }
  } finally {
    print('spinner stopped after', n, 'steps')
  }
})

const main = async_def(function* main() {
  const t = asyncio.create_task(spinner())
  for (let i = 0; i < 3; i++) yield* asyncio.sleep(0)
  t.cancel('enough')
  try {
    yield* t
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('main got', repr(e))
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
