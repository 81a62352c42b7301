import { async_def, asyncio, print, program } from '../../src/scheduler/python.js'

const main = async_def(function* main() {
  print('hello')
  yield* asyncio.sleep(1)
  print('world')
})

export default program(function* () {
  const coro = main()
  print('main is a coroutine object:', asyncio.iscoroutine(main))
  print('coro is a coroutine object:', asyncio.iscoroutine(coro))
  yield* asyncio.run(coro)
})
