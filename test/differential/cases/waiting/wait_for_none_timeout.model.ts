import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const work = async_def(function* work() {
  print('running in', asyncio.current_task()!.get_name())
  yield* asyncio.sleep(1)
  return 'result'
})

const main = async_def(function* main() {
  print(yield* asyncio.wait_for(work(), null))
  const later = asyncio.create_task(asyncio.sleep(0))
  print(later.get_name())
  yield* later
})

export default program(function* () {
  yield* asyncio.run(main())
})
