import { ValueError, async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'

const ok = async_def(function* ok(delay: number) {
  yield* asyncio.sleep(delay)
  return delay
})

const fail = async_def(function* fail(delay: number) {
  yield* asyncio.sleep(delay)
  throw new ValueError(`failed after ${delay}`)
})

const main = async_def(function* main() {
  const t1 = asyncio.create_task(ok(1))
  const t2 = asyncio.create_task(fail(2))
  const t3 = asyncio.create_task(ok(4))
  let [done, pending] = yield* asyncio.wait([t1, t2, t3], { return_when: asyncio.FIRST_EXCEPTION })
  print('done:', done.size, done.has(t1), done.has(t2))
  print('pending:', pending.size, pending.has(t3))
  print(repr(t2.exception()))
  t3.cancel()
  ;[done, pending] = yield* asyncio.wait([t3])
  print('t3 cancelled:', t3.cancelled(), pending.size)
})

export default program(function* () {
  yield* asyncio.run(main())
})
