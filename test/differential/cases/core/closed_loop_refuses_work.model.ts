import { RuntimeError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const nothing = async_def(function* nothing() {})

export default program(function* () {
  const loop = asyncio.new_event_loop()
  loop.close()
  loop.close()
  print(loop.is_closed())
  for (const attempt of [() => loop.call_soon(print), () => loop.call_later(1, print)]) {
    try {
      attempt()
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e
      print('RuntimeError:', e)
    }
  }
  try {
    yield* loop.run_forever()
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
  const coro = nothing()
  try {
    yield* loop.run_until_complete(coro)
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
  coro.return(undefined)
  try {
    loop.create_task(coro)
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
})
