import { RuntimeError, ValueError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const fut = loop.create_future<number>()
  for (const call of [() => fut.result(), () => fut.exception()]) {
    try {
      call()
    } catch (e) {
      if (!(e instanceof asyncio.InvalidStateError)) throw e
      print(e.name, e)
    }
  }
  fut.set_result(1)
  for (const call of [() => fut.set_result(2), () => fut.set_exception(new ValueError()), () => fut.cancel()]) {
    try {
      print('returned', call())
    } catch (e) {
      if (!(e instanceof asyncio.InvalidStateError)) throw e
      print(e.name, e)
    }
  }
  print(fut.result(), fut.exception(), fut.cancelled())
  const task = asyncio.create_task(asyncio.sleep(0))
  for (const call of [() => task.set_result(1 as never), () => task.set_exception(new ValueError())]) {
    try {
      call()
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e
      print(e.name, e)
    }
  }
  yield* task
})

export default program(function* () {
  yield* asyncio.run(main())
})
