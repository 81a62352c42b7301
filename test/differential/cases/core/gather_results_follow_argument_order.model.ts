import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const job = async_def(function* job(name: string, delay: number) {
  yield* asyncio.sleep(delay)
  print('finished', name)
  return name
})

const main = async_def(function* main() {
  const results = yield* asyncio.gather(job('slow', 3), job('fast', 1), job('medium', 2))
  print(results)
})

export default program(function* () {
  yield* asyncio.run(main())
})
