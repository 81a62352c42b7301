import { del_, RuntimeError, async_def, asyncio, float, print, program, threading, time } from '../../../../src/scheduler/python.js'

function* slow() {
  yield* time.sleep(2)
  print('slow done in', threading.current_thread().name, 'at', float(time.monotonic()))
}

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  del_(yield* loop.run_in_executor(null, slow))
  yield* asyncio.sleep(0.5)
})

export default program(function* () {
  const loop = asyncio.new_event_loop()
  yield* loop.run_until_complete(main())
  loop.close()
  print(
    'closed at',
    float(time.monotonic()),
    threading.enumerate().map((t) => t.name),
  )
  try {
    del_(yield* loop.run_in_executor(null, slow))
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e.args[0])
  }
  const loop2 = asyncio.new_event_loop()
  yield* loop2.run_until_complete(loop2.shutdown_default_executor())
  try {
    yield* loop2.run_in_executor(null, slow)
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e.args[0])
  }
  loop2.close()
  print('main ends at', float(time.monotonic()))
})
