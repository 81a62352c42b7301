import { async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'
import type { Future } from '../../../../src/scheduler/futures.js'

const waiter = async_def(function* waiter(fut: Future<unknown>) {
  try {
    yield* fut
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print('waiter got', repr(e), e.args.length === 1 ? `(${repr(e.args[0])},)` : '()')
    throw e
  }
})

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const fut = loop.create_future()
  const t = asyncio.create_task(waiter(fut))
  yield* asyncio.sleep(0)
  print(fut.cancel('stop now'), fut.cancel('again'), fut.cancelled())
  try {
    fut.result()
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('result() raised', repr(e))
  }
  try {
    yield* t
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('main got', repr(e))
  }
  print(t.cancelled())
  const plain = loop.create_future()
  plain.cancel()
  try {
    plain.exception()
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('exception() raised', repr(e))
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
