import { RuntimeError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  try {
    loop.close()
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
  print(loop.is_running(), loop.is_closed())
})

export default program(function* () {
  yield* asyncio.run(main())
})
