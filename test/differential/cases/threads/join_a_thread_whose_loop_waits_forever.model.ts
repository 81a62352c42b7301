import { async_def, asyncio, float, print, program, threading, time } from '../../../../src/scheduler/python.js'

const stuck = async_def(function* stuck() {
  print('waiting for a future nobody sets')
  yield* asyncio.get_running_loop().create_future()
})

function* worker() {
  yield* asyncio.run(stuck())
}

export default program(function* () {
  const t = new threading.Thread({ target: worker })
  yield* t.start()
  yield* time.sleep(1)
  print('joining at', float(time.monotonic()))
  yield* t.join()
})
