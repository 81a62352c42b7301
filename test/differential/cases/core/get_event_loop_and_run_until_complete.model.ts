import { async_def, asyncio, float, print, program } from '../../../../src/scheduler/python.js'

const work = async_def(function* work(x: number) {
  yield* asyncio.sleep(1)
  print('work', x, 'is', asyncio.current_task()!.get_name())
  return x * 2
})

export default program(function* () {
  const loop = asyncio.get_event_loop()
  print(loop === asyncio.get_event_loop(), loop.is_running(), loop.is_closed())
  print(yield* loop.run_until_complete(work(1)))
  print(yield* loop.run_until_complete(work(2)), float(loop.time()))
  const fut = loop.create_future<string>()
  loop.call_later(1, fut.set_result.bind(fut), 'from a timer')
  print(yield* loop.run_until_complete(fut), float(loop.time()))
  const task = loop.create_task(work(3))
  print((yield* loop.run_until_complete(task)) === null, task.result())
  loop.close()
  print(loop.is_closed())
})
