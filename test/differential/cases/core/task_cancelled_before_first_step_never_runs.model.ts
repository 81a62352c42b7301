import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const body = async_def(function* body() {
  print('body ran')
  return 'never'
})

const main = async_def(function* main() {
  const t = asyncio.create_task(body())
  print(t.cancel(), t.cancelled(), t.done(), t.cancelling())
  try {
    yield* t
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('awaiting it raised CancelledError')
  }
  print(t.cancelled(), t.done(), t.cancel())
})

export default program(function* () {
  yield* asyncio.run(main())
})
