import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const early = async_def(function* early() {
  print('early task ran its first step')
  yield* asyncio.sleep(0)
  print('early task second step')
})

export default program(function* () {
  const loop = asyncio.new_event_loop()
  const fut = loop.create_future<string>()
  fut.set_result('already done')
  loop.call_soon(print, 'queued callback')
  loop.create_task(early())
  print(yield* loop.run_until_complete(fut))
  print('between runs')
  yield* loop.run_until_complete(asyncio.sleep(0))
  loop.close()
})
