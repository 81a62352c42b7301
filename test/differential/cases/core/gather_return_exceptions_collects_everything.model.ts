import { KeyError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const job = async_def(function* job(name: string, delay: number, fail = false) {
  yield* asyncio.sleep(delay)
  if (fail) throw new KeyError(name)
  return name
})

const cancelled_child = async_def(function* cancelled_child() {
  yield* asyncio.sleep(10)
})

const main = async_def(function* main() {
  const t = asyncio.create_task(cancelled_child())
  asyncio.get_running_loop().call_later(0.5, t.cancel.bind(t), 'stopped')
  const results = yield* asyncio.gather(job('a', 2), job('b', 1, true), t, job('c', 0), { return_exceptions: true })
  print(results)
  print(results.map((r) => (typeof r === 'string' ? 'str' : (r as Error).name)))
})

export default program(function* () {
  yield* asyncio.run(main())
})
