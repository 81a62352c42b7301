import { async_def, asyncio, program, threading } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  yield* asyncio.get_running_loop().create_future()
})

export default program(function* () {
  yield* new threading.Thread({ target: () => undefined, name: 'quick' }).start()
  yield* asyncio.run(main())
})
