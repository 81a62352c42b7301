import { Tuple, async_def, asyncio, concurrent, float, print, program, threading, time } from '../../../../src/scheduler/python.js'

function* job(n: number, seconds = 1) {
  const started = float(time.monotonic())
  yield* time.sleep(seconds)
  return new Tuple(n, threading.current_thread().name, started)
}

const threadNames = (): string[] =>
  threading
    .enumerate()
    .map((t) => t.name)
    .sort()

const main = async_def(function* main() {
  for (let n = 0; n < 3; n++) {
    print(yield* asyncio.to_thread(job, n))
    yield* asyncio.sleep(0.25)
  }
  print('default pool threads:', threadNames())

  const loop = asyncio.get_running_loop()
  const big = new concurrent.futures.ThreadPoolExecutor({ max_workers: 4, thread_name_prefix: 'big' })
  const bigJobs = []
  for (const n of [10, 11]) bigJobs.push(yield* loop.run_in_executor(big, job, n))
  print(yield* asyncio.gather(...bigJobs), 'at', float(loop.time()))
  print('threads:', threadNames())
  yield* big.shutdown(true)

  const small = new concurrent.futures.ThreadPoolExecutor({ max_workers: 2 })
  const futs = []
  for (const [n, seconds] of [
    [20, 1],
    [21, 1.5],
    [22, 1],
  ] as const) {
    futs.push(yield* small.submit(job, n, seconds))
  }
  yield* asyncio.sleep(0.5)
  print(
    'running at',
    float(loop.time()),
    futs.map((f) => f.running()),
  )
  print(yield* asyncio.gather(...futs.map((f) => asyncio.wrap_future(f))), 'at', float(loop.time()))
  yield* small.shutdown(true)
  print('threads:', threadNames())
})

export default program(function* () {
  yield* asyncio.run(main())
})
