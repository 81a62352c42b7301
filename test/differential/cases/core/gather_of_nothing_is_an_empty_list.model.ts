import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const g = asyncio.gather()
  print(g.done(), g.result())
  print(yield* g)
  print(yield* asyncio.gather({ return_exceptions: true }))
})

export default program(function* () {
  yield* asyncio.run(main())
})
