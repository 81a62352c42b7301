import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const slow = async_def(function* slow() {
  yield* asyncio.sleep(3)
  print('slow finished')
  return 'late'
})

const main = async_def(function* main() {
  const task = asyncio.create_task(slow())
  const [done, pending] = yield* asyncio.wait([task], { timeout: 1 })
  print(done.size, pending.size, pending.has(task))
  print('cancelled:', task.cancelled())
  print(yield* task)
})

export default program(function* () {
  yield* asyncio.run(main())
})
