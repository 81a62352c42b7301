import { RuntimeError, async_def, asyncio, float, print, program } from '../../../../src/scheduler/python.js'

const slow = async_def(function* slow() {
  yield* asyncio.sleep(5)
  return 'slow'
})

export default program(function* () {
  const loop = asyncio.new_event_loop()
  loop.call_later(1, loop.stop.bind(loop))
  const task = loop.create_task(slow())
  try {
    yield* loop.run_until_complete(task)
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e, 'at', float(loop.time()))
  }
  print(task.done(), yield* loop.run_until_complete(task), float(loop.time()))
  loop.close()
})
