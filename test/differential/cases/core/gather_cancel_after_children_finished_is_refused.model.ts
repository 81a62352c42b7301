import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const quick = async_def(function* quick(x: string) {
  return x
})

const main = async_def(function* main() {
  const a = asyncio.create_task(quick('a'))
  const b = asyncio.create_task(quick('b'))
  yield* asyncio.sleep(0)
  const g = asyncio.gather(a, b)
  print('children done:', a.done(), b.done(), 'gather done:', g.done())
  print('cancel() ->', g.cancel())
  print(yield* g, g.cancelled())
})

export default program(function* () {
  yield* asyncio.run(main())
})
