import { ValueError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const boom = async_def(function* boom(n: number) {
  yield* asyncio.sleep(n)
  throw new ValueError(`boom ${n}`)
})

const main = async_def(function* main() {
  yield* asyncio.sleep(3)
  print('main done')
})

export default program(function* () {
  const loop = asyncio.new_event_loop()
  // Globals: held until the interpreter clears the module at exit, in the order they were created.
  loop.create_task(boom(2))
  loop.create_task(boom(1))
  yield* loop.run_until_complete(main())
  print('after run_until_complete')
  loop.close()
  print('closed')
})
