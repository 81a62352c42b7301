import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

let runs = 0

const once = async_def(function* once() {
  runs += 1
  yield* asyncio.sleep(1)
  return runs
})

const main = async_def(function* main() {
  const c = once()
  const t = asyncio.create_task(once())
  print(yield* asyncio.gather(c, c, t, t, c))
  print('runs:', runs)
})

export default program(function* () {
  runs = 0
  yield* asyncio.run(main())
})
