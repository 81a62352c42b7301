import { async_def, asyncio, print, program, time } from '../../../../src/scheduler/python.js'

const job = async_def(function* job(delay: number) {
  yield* asyncio.sleep(delay)
  print(`job ${delay} done at ${time.monotonic().toFixed(1)}`)
  return delay
})

const main = async_def(function* main() {
  const t2 = asyncio.create_task(job(2))
  const t3 = asyncio.create_task(job(3))
  yield* asyncio.sleep(5)
  print('slept 5')
  const [done, pending] = yield* asyncio.wait([t2, t3])
  print(done.size, pending.size, t2.result() + t3.result())
})

export default program(function* () {
  yield* asyncio.run(main())
})
