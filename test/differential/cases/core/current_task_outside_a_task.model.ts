import { RuntimeError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

function callback(): void {
  print('in a callback, current_task() is', asyncio.current_task())
}

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  loop.call_soon(callback)
  yield* asyncio.sleep(0)
  print(asyncio.current_task() === asyncio.current_task(loop))
  print(asyncio.current_task()!.get_name())
})

export default program(function* () {
  try {
    asyncio.current_task()
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
  yield* asyncio.run(main())
})
