import { TimeoutError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const work = async_def(function* work() {
  print('work started')
  yield* asyncio.sleep(1)
  return 1
})

const main = async_def(function* main() {
  try {
    yield* asyncio.wait_for(work(), { timeout: 0 })
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e
    print('TimeoutError')
  }
  const later = asyncio.create_task(asyncio.sleep(0))
  print(later.get_name())
  yield* later
})

export default program(function* () {
  yield* asyncio.run(main())
})
