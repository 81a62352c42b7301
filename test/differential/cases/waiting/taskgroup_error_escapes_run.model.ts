import { ValueError, async_def, async_with, asyncio, print, program } from '../../../../src/scheduler/python.js'

const crash = async_def(function* crash() {
  yield* asyncio.sleep(1)
  throw new ValueError('boom')
})

const main = async_def(function* main() {
  yield* async_with(new asyncio.TaskGroup(), function* (tg) {
    tg.create_task(crash())
    print('waiting for the group')
  })
  print('not reached')
})

export default program(function* () {
  yield* asyncio.run(main())
})
