import { async_def, asyncio, float, print, program, repr } from '../../../../src/scheduler/python.js'

const child = async_def(function* child(name: string, delay: number) {
  yield* asyncio.sleep(delay)
  print(name, 'finished')
  return name
})

const main = async_def(function* main() {
  const a = asyncio.create_task(child('a', 1))
  const b = asyncio.create_task(child('b', 2))
  asyncio.get_running_loop().call_later(0.5, a.cancel.bind(a), 'child stopped')
  const g = asyncio.gather(a, b)
  try {
    yield* g
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('main got', repr(e), 'at', float(asyncio.get_running_loop().time()))
  }
  print('g.cancelled():', g.cancelled(), 'b.done():', b.done())
  yield* b
  print('b finished anyway')
})

export default program(function* () {
  yield* asyncio.run(main())
})
