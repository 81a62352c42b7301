import { RuntimeError, async_def, asyncio, del_, print, program } from '../../src/scheduler/python.js'

const job = async_def(function* job(k: number) {
  yield* asyncio.sleep(1)
  return k
})

export default program(function* () {
  // 1. The old style (article 002): the policy's loop, run by hand
  let loop = asyncio.get_event_loop()
  const tasks = [1, 2, 3].map((k) => asyncio.ensure_future(job(k)))
  print('get_event_loop:', yield* loop.run_until_complete(asyncio.gather(...tasks)))
  loop.close()

  // 2. An explicit loop: made, used and closed by you
  loop = asyncio.new_event_loop()
  asyncio.set_event_loop(loop)
  print('new_event_loop:', yield* loop.run_until_complete(job(4)))
  loop.close()

  // 3. The modern way: one call makes the loop, runs main, cleans up, closes
  print('asyncio.run:', yield* asyncio.run(job(5)))

  // asyncio.run leaves no current loop behind, and no loop is running here
  try {
    asyncio.get_event_loop()
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
  try {
    asyncio.create_task(job(6))
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
    // The except block ends: the exception goes, and with its traceback the never-started job(6).
    del_(e, 32)
  }
})
