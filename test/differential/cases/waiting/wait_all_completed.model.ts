import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const work = async_def(function* work(delay: number) {
  yield* asyncio.sleep(delay)
  print('finished', delay)
  return delay * 10
})

const main = async_def(function* main() {
  const tasks = [3, 1, 2].map((d) => asyncio.create_task(work(d)))
  const [done, pending] = yield* asyncio.wait(tasks)
  print(done.size, pending.size)
  print(tasks.map((t) => t.result()))
})

export default program(function* () {
  yield* asyncio.run(main())
})
