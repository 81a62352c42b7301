import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const fetch = async_def(function* fetch(name: string, delay: number) {
  yield* asyncio.sleep(delay)
  return `${name} after ${delay}`
})

const main = async_def(function* main() {
  const coros = [fetch('a', 3), fetch('b', 1), fetch('c', 2)]
  for (const next_done of asyncio.as_completed(coros)) {
    print(yield* next_done)
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
