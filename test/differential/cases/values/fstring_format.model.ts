import { async_def, asyncio, f, float, format, print, program, repr, time } from '../../../../src/scheduler/python.js'

const worker = async_def(function* worker(name: string, delay: number, results: Map<string, number>) {
  const start = time.perf_counter()
  yield* asyncio.sleep(delay)
  const elapsed = time.perf_counter() - start
  results.set(name, elapsed)
  print(f`[${format(name, '>8')}] done in ${format(elapsed, '.2f')}s (${format(elapsed, '.3f')}) ${format(elapsed * 1000, '08.3f')}ms`)
})

const main = async_def(function* main() {
  const results = new Map<string, number>()
  const start = time.perf_counter()
  yield* asyncio.gather(worker('fetch', 0.125, results), worker('parse', 1.5, results), worker('db', 2.675, results))
  const total = time.perf_counter() - start
  print(f`total ${format(total, '.2f')}s, ${results.size} jobs: ${results}`)
  for (const [name, secs] of results) {
    print(
      f`|${format(name, '<10')}|${format(name, '^10')}|${format(name, '*^11')}|${format(secs, '>10.4f')}|${format(secs / total, '.1%')}|${format(secs, 'e')}|${format(secs, 'g')}|`,
    )
  }
  print(f`${format(0.125, '.2f')} ${format(2.675, '.2f')} ${format(0.375, '.2f')} ${format(2.5, '.0f')} ${format(3.5, '.0f')} ${format(1234567, ',')} ${format(1234567.891, ',.2f')} ${format(-42, '+d')} ${format(42, '+d')}`)
  print(f`${format(255, '#x')} ${format(255, 'X')} ${format(255, '#o')} ${format(5, 'b')} ${format(5, '08b')} ${format(1e-7, '.3e')} ${format(123456789, '.3g')} ${format(0.000012345, 'g')} ${format(float(1e100), 'g')}`)
  print(f`${true} ${null} ${repr('quoted')} ${[1, 'a']} ${format(repr(total), '>25')} ${format(3, '5d')}| ${format(float(3), '5')}| ${format('x', '5')}| ${format(42, '<5')}|`)
  print(f`${format(-0.0001, 'z.2f')} ${format(-0.0001, '.2f')} ${format(NaN, '8.2f')} ${format(Infinity, '+')} ${10 / 4} ${float(10 / 5)}`)
  print(`${format(3.14159, '.2f')} and ${format('right', '>6')}`, format(0.5, '.0%'), format(1 / 3, '.4'))
})

export default program(function* () {
  yield* asyncio.run(main())
})
