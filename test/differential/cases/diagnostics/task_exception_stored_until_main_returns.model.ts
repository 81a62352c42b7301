import { ValueError, async_def, asyncio, del_, print, program } from '../../../../src/scheduler/python.js'

const boom = async_def(function* boom() {
  yield* asyncio.sleep(0.5)
  throw new ValueError('boom')
})

const main = async_def(function* main() {
  const t = asyncio.create_task(boom())
  yield* asyncio.sleep(1)
  print('main done, t is', t.done() ? 'done' : 'pending')
  del_(t) // main returns: its frame drops the local `t`
})

export default program(function* () {
  yield* asyncio.run(main())
  print('after run')
})
