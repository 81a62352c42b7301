import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const a = loop.call_soon(print, 'a')
  const b = loop.call_soon(print, 'b')
  const c = loop.call_soon(print, 'c')
  b.cancel()
  print(a.cancelled(), b.cancelled(), c.cancelled())
  yield* asyncio.sleep(0)
  print('main resumed')
})

export default program(function* () {
  yield* asyncio.run(main())
})
