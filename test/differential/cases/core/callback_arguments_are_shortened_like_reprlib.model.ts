import { Tuple, async_def, asyncio, float, print, program, repr } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const done = loop.create_future<string>()
  done.set_result('a long enough result')
  const values = [
    'a'.repeat(40), "it's ".repeat(10), 'é'.repeat(40), 10n ** 50n, [...Array(10).keys()], new Tuple(1),
    new Tuple(...Array(8).keys()), new Set([3, 1, 2]), new Set(), new Map(Object.entries({ b: 1, a: 2, c: 3, d: 4, e: 5 })),
    [[[[[[[1]]]]]]], float(1.5), null, true, done, [], new Map(),
  ]
  for (const value of values) {
    const handle = loop.call_soon(print, value)
    print(repr(handle))
    handle.cancel()
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
