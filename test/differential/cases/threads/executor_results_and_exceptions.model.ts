import { type Blocking, async_def, asyncio, concurrent, float, print, program, repr, time, ValueError } from '../../../../src/scheduler/python.js'

function* ok(x: number) {
  yield* time.sleep(0.5)
  return x * 2
}

function* fails(x: unknown): Blocking<never> {
  yield* time.sleep(0.25)
  throw new ValueError(`bad ${String(x)}`)
}

function never() {
  print('never runs')
}

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  print('ok ->', yield* yield* loop.run_in_executor(null, ok, 21), 'at', float(loop.time()))
  try {
    yield* asyncio.to_thread(fails, 7)
  } catch (e) {
    if (!(e instanceof ValueError)) throw e
    print('caught', repr(e), 'at', float(loop.time()))
  }
  const results = yield* asyncio.gather(asyncio.to_thread(ok, 1), asyncio.to_thread(fails, 2), { return_exceptions: true })
  print('gather ->', results, 'at', float(loop.time()))

  const pool = new concurrent.futures.ThreadPoolExecutor({ max_workers: 1 })
  const busy = yield* pool.submit(ok, 5)
  const queued = yield* pool.submit(never)
  const waiter = asyncio.wrap_future(queued)
  print('cancel queued:', waiter.cancel(), queued.cancelled())
  print('busy ->', yield* asyncio.wrap_future(busy), 'at', float(loop.time()))
  try {
    yield* waiter
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e
    print('waiter cancelled')
  }
  yield* pool.shutdown()
  yield* asyncio.to_thread(fails, 'last')
})

export default program(function* () {
  yield* asyncio.run(main())
})
