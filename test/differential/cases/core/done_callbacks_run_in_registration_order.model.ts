import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'
import type { Future } from '../../../../src/scheduler/futures.js'

function report(tag: string) {
  return function callback(fut: Future<number>) {
    print(tag, fut.result())
  }
}

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const fut = loop.create_future<number>()
  for (const tag of ['first', 'second', 'third']) fut.add_done_callback(report(tag))
  loop.call_soon(print, 'call_soon queued before set_result')
  fut.set_result(42)
  print('set_result returned: no callback has run yet')
  fut.add_done_callback(report('added after done'))
  loop.call_soon(print, 'call_soon queued after')
  yield* asyncio.sleep(0)
  print('after one iteration')
})

export default program(function* () {
  yield* asyncio.run(main())
})
