import { async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'

const child = async_def(function* child(name: string, delay: number) {
  try {
    yield* asyncio.sleep(delay)
    print(name, 'finished')
    return name
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, 'cancelled')
    throw e
  }
})

const main = async_def(function* main() {
  const g = asyncio.gather(child('a', 1), child('b', 5), child('c', 6))
  yield* asyncio.sleep(2)
  print('cancel() ->', g.cancel())
  try {
    yield* g
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('awaiting gather raised', repr(e))
  }
  print('g.cancelled():', g.cancelled(), 'g.done():', g.done())
  print('cancel again ->', g.cancel())
})

export default program(function* () {
  yield* asyncio.run(main())
})
