import { async_def, asyncio, float, print, program } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const task = asyncio.current_task()!
  asyncio.get_running_loop().call_later(1, task.cancel.bind(task))
  try {
    yield* asyncio.sleep(5)
  } finally {
    print('main cleanup at', float(asyncio.get_running_loop().time()))
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
