import { ValueError, async_def, asyncio, f, format, print, program, time } from '../../src/scheduler/python.js'

const say_after = async_def(function* say_after(delay: number, what: string) {
  yield* asyncio.sleep(delay)
  return f`${what} - ${delay}`
})

const do_some_work = async_def(function* do_some_work(x: number) {
  print('waiting:', x)
  yield* asyncio.sleep(x)
  print('done:', x)
  return `Done after ${x}s`
})

const count = async_def(function* count(k: number) {
  yield* asyncio.sleep(0.6)
  return k
})

const fail = async_def(function* fail() {
  yield* asyncio.sleep(0.3)
  throw new ValueError('job failed')
})

const main = async_def(function* main() {
  // two coroutines, gathered: each is wrapped in a task, and the results come back as one list
  const ret = yield* asyncio.gather(say_after(1, 'hello'), say_after(2, 'world'))
  print(ret)

  // tasks made by hand, unpacked with *: results come back in argument order
  const tasks = [4, 1, 2].map((x) => asyncio.create_task(do_some_work(x)))
  let results = yield* asyncio.gather(...tasks)
  for (const result of results) {
    print('Task ret:', result)
  }

  // two 0.6 s jobs, gathered: they sleep at the same time
  const start = time.perf_counter()
  results = yield* asyncio.gather(count(1), count(2))
  print(f`result: ${results} in ${format(time.perf_counter() - start, '0.2')} seconds`)

  // return_exceptions=True: an exception takes its place in the list
  results = yield* asyncio.gather(count(1), fail(), count(3), { return_exceptions: true })
  print(results)
})

export default program(function* () {
  yield* asyncio.run(main())
})

export { default as variants } from './variants.js'
