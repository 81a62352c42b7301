import { KeyError, async_def, asyncio, del_, print, program, repr } from '../../../../src/scheduler/python.js'

const boom = async_def(function* boom() {
  yield* asyncio.sleep(0.5)
  throw new KeyError('task')
})

const helper = async_def(function* helper() {
  const t = asyncio.create_task(boom())
  yield* asyncio.sleep(1)
  print('helper returns')
  del_(t) // helper returns: its frame drops `t`
})

const main = async_def(function* main() {
  yield* helper()
  print('back in main')
  const fut = asyncio.get_running_loop().create_future()
  fut.set_exception(new KeyError('future'))
  print('dropping fut')
  del_(fut)
  print('dropped')
  const retrieved = asyncio.get_running_loop().create_future()
  retrieved.set_exception(new KeyError('looked at'))
  print('exception:', repr(retrieved.exception()))
  del_(retrieved)
  print('main done')
})

export default program(function* () {
  yield* asyncio.run(main())
})
