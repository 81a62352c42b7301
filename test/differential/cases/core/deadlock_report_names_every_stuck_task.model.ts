import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Future } from '../../../../src/scheduler/futures.js'

const forever = async_def(function* forever(fut: Future<unknown>) {
  yield* fut
})

const main = async_def(function* main() {
  const fut = asyncio.get_running_loop().create_future()
  const g = asyncio.gather(forever(fut), forever(fut))
  print('gathering')
  yield* g
})

export default program(function* () {
  yield* asyncio.run(main())
})
