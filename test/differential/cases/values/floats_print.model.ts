import { async_def, asyncio, float, print, program, round } from '../../../../src/scheduler/python.js'
import type { EventLoop } from '../../../../src/scheduler/loop.js'

const measure = async_def(function* measure(loop: EventLoop, delay: number) {
  const start = loop.time()
  yield* asyncio.sleep(delay)
  return loop.time() - start
})

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  print(float(loop.time()))
  const elapsed = (yield* asyncio.gather(measure(loop, 0.1), measure(loop, 0.25), measure(loop, 1))) as number[]
  // Python floats that happen to be integral are marked with float() where they are printed.
  print(elapsed.map(float))
  print(float(loop.time()), float(elapsed.reduce((a, b) => a + b, 0)))
  print(0.1 + 0.2, 1 / 3, 2 / 3, float(10 / 2), 7 / 2, 1e-5, 0.0001, float(1e16), float(1e15), float(123456789.0))
  print(-0, Infinity, -Infinity, NaN, 2.5e-300, float(1.7976931348623157e308))
  print(float(round(2.675, 2)), round(0.125, 2), round(2.5), round(3.5), round(-0.5), float(round(1234.5678, -2)))
  print(elapsed.map((x) => float(round(x, 1))), float(Math.max(...elapsed)), float(Math.min(...elapsed)))
  let total = 0.0
  for (let i = 0; i < 10; i++) total += 0.1
  print(total, total === 1.0 ? true : false, Math.trunc(total * 10))
})

export default program(function* () {
  yield* asyncio.run(main())
})
