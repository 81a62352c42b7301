import { asyncio, print, program } from '../../../../src/scheduler/python.js'

export default program(function* () {
  const loop = asyncio.new_event_loop()
  loop.call_soon(print, 'first callback')
  loop.stop()
  loop.call_soon(print, 'second callback')
  yield* loop.run_forever()
  print('run_forever returned')
  yield* loop.run_until_complete(asyncio.sleep(0))
  print('done')
  loop.close()
})
