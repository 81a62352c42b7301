import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  loop.call_at(loop.time(), print, 'call_at(now)')
  loop.call_later(0, print, 'call_later(0)')
  loop.call_soon(print, 'call_soon')
  loop.call_later(-1, print, 'call_later(-1)')
  loop.call_soon(print, 'call_soon 2')
  yield* asyncio.sleep(0)
  print('main after sleep(0)')
  yield* asyncio.sleep(0)
  print('main after second sleep(0)')
})

export default program(function* () {
  yield* asyncio.run(main())
})
