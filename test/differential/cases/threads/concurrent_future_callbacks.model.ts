import { ValueError, concurrent, float, print, program, threading, time } from '../../../../src/scheduler/python.js'

export default program(function* () {
  const fut = new concurrent.futures.Future<number>()
  fut.add_done_callback(() => print('first callback in', threading.current_thread().name))
  fut.add_done_callback(function bad() {
    throw new ValueError('bad callback')
  })
  fut.add_done_callback((f) => print('next callback', f.result_now()))

  function* completer() {
    yield* time.sleep(1)
    print('completing, running?', fut.set_running_or_notify_cancel(), fut.running())
    fut.set_result(7)
  }

  const t = new threading.Thread({ target: completer })
  yield* t.start()
  const result = yield* fut.result()
  yield* t.join()
  print('result', result, 'at', float(time.monotonic()))
  fut.add_done_callback(() => print('late callback in', threading.current_thread().name))
  try {
    fut.set_result(8)
  } catch (e) {
    if (!(e instanceof concurrent.futures.InvalidStateError)) throw e
    print('set twice:', e.name)
  }
})
