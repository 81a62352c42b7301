import { async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const fut = loop.create_future<string>()
  fut.add_done_callback(print)
  fut.add_done_callback(repr)
  fut.add_done_callback(print)
  print(fut.remove_done_callback(print), fut.remove_done_callback(print), fut.remove_done_callback(repr))
  fut.add_done_callback(print)
  fut.add_done_callback(print)
  fut.set_result('called twice')
  print(fut.remove_done_callback(print))
  yield* asyncio.sleep(0)
  print('end')
})

export default program(function* () {
  yield* asyncio.run(main())
})
