import { TimeoutError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const work = async_def(function* work(delay: number) {
  yield* asyncio.sleep(delay)
  return delay
})

const main = async_def(function* main() {
  const tasks = [1, 5, 3].map((d) => asyncio.create_task(work(d)))
  try {
    for (const next_done of asyncio.as_completed(tasks, { timeout: 2 })) {
      print('got', yield* next_done)
    }
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e
    print('TimeoutError')
  }
  print(
    tasks.map((t) => t.done()),
    tasks.map((t) => t.cancelled()),
  )
  for (const t of tasks) t.cancel()
})

export default program(function* () {
  yield* asyncio.run(main())
})
