import { async_def, asyncio, f, float, format, print, program, time } from '../../../../src/scheduler/python.js'

const ticker = async_def(function* ticker(name: string, period: number, count: number) {
  for (let i = 0; i < count; i++) {
    yield* asyncio.sleep(period)
    print(f`${time.strftime('%X')} ${name} tick ${i} at ${float(time.time())} mono=${float(time.monotonic())}`)
  }
})

const main = async_def(function* main() {
  const t0 = time.time()
  const ns0 = time.perf_counter_ns()
  print(f`started at ${time.strftime('%X')} (${float(t0)}, ${time.time_ns()}, ${time.monotonic_ns()})`)
  yield* asyncio.gather(ticker('fast', 0.3, 4), ticker('slow', 0.75, 2))
  yield* time.sleep(0.5) // blocks the whole loop: no task runs meanwhile
  print(f`after a blocking sleep: ${time.strftime('%H:%M:%S')} ${format(time.time() - t0, '.3f')}`)
  yield* asyncio.sleep(3600 * 6)
  const t = time.localtime()
  print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
  print(time.ctime(), '|', time.asctime(), '|', time.strftime('%a %A %b %B %d %j %y %p %I %c %x %%'))
  print(time.gmtime(0))
  print(time.strftime('%Y-%m-%d %H:%M', time.gmtime(t0 + 86400 * 45.5)))
  print(float(time.time()), time.time_ns(), float(time.monotonic()), time.perf_counter_ns() - ns0)
  print(f`elapsed ${format(time.time() - t0, '.1f')}s = ${float((time.perf_counter_ns() - ns0) / 1e9)} s`)
})

export default program(function* () {
  yield* asyncio.run(main())
})
