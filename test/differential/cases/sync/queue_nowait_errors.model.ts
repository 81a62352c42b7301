import { Exception, async_def, asyncio, print, program, repr, str } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const queue = new asyncio.Queue<string>(1)
  queue.put_nowait('x')
  try {
    queue.put_nowait('y')
  } catch (e) {
    if (!(e instanceof asyncio.QueueFull)) throw e
    print('put_nowait on a full queue:', repr(e), e instanceof Exception)
  }
  print(queue.get_nowait())
  try {
    queue.get_nowait()
  } catch (e) {
    if (!(e instanceof asyncio.QueueEmpty)) throw e
    print('get_nowait on an empty queue:', repr(e), str(e) === '')
  }
  queue.get_nowait()
})

export default program(function* () {
  yield* asyncio.run(main())
})
