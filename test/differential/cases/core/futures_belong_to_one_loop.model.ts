import { ValueError, asyncio, print, program } from '../../../../src/scheduler/python.js'

export default program(function* () {
  const first = asyncio.new_event_loop()
  const second = asyncio.new_event_loop()
  const fut = first.create_future<string>()
  try {
    yield* second.run_until_complete(fut)
  } catch (e) {
    if (!(e instanceof ValueError)) throw e
    print('ValueError:', e)
  }
  try {
    asyncio.ensure_future(fut, second)
  } catch (e) {
    if (!(e instanceof ValueError)) throw e
    print('ValueError:', e)
  }
  print(asyncio.ensure_future(fut, first) === fut)
  first.call_soon(fut.set_result.bind(fut), "first loop's result")
  print(yield* first.run_until_complete(fut))
  first.close()
  second.close()
})
