import { ValueError, async_def, asyncio, float, print, program, repr } from '../../../../src/scheduler/python.js'

const job = async_def(function* job(name: string, delay: number, fail = false) {
  yield* asyncio.sleep(delay)
  if (fail) {
    print(name, 'raises')
    throw new ValueError(name)
  }
  print(name, 'finished')
  return name
})

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  try {
    yield* asyncio.gather(job('a', 1), job('b', 2, true), job('c', 3), job('d', 4, true))
  } catch (e) {
    if (!(e instanceof ValueError)) throw e
    print('gather raised', repr(e), 'at', float(loop.time()))
  }
  yield* asyncio.sleep(5)
  print('main done at', float(loop.time()))
})

export default program(function* () {
  yield* asyncio.run(main())
})
