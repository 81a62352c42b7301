import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const sleeper = async_def(function* sleeper(i: number) {
  yield* asyncio.sleep(1)
  print('woke', i)
})

const main = async_def(function* main() {
  const tasks = [...Array(8).keys()].map((i) => asyncio.create_task(sleeper(i)))
  for (const t of tasks) yield* t
})

export default program(function* () {
  yield* asyncio.run(main())
})
