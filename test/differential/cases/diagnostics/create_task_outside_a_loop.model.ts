import { RuntimeError, async_def, asyncio, del_, print, program } from '../../../../src/scheduler/python.js'

const say_after = async_def(function* say_after(delay: number, what: string) {
  yield* asyncio.sleep(delay)
  print(what)
})

export default program(function* () {
  try {
    asyncio.create_task(say_after(1, 'hello'))
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
    print('still in the except block')
    // The except block ends: the exception goes, with the traceback that kept create_task's
    // frame (and its `coro` argument) alive.
    del_(e, 13)
  }
  print('after the except block')
})
