import { KeyError, Tuple, ValueError, async_def, asyncio, f, print, program, repr, set_literal, str } from '../../../../src/scheduler/python.js'

const fetch = async_def(function* fetch(n: number) {
  yield* asyncio.sleep(n / 10)
  if (n === 3) throw new ValueError(f`bad item ${n}`)
  return new Map<string, unknown>([
    ['id', n],
    ['name', f`item-${n}`],
    ['tags', n % 2 ? new Tuple('new') : new Tuple()],
  ])
})

const main = async_def(function* main() {
  const results = (yield* asyncio.gather(...[1, 2, 3, 4].map((n) => fetch(n)), { return_exceptions: true })) as unknown[]
  print(results)
  for (const r of results) print(repr(r), str(r))
  print([1, 'two', 3.5, null, true, [], new Tuple(), new Map(), new Set()])
  print(new Tuple(1), new Tuple(1, 2), new Tuple('a', new Tuple('b')))
  print(new Map<unknown, unknown>([['k', [1, 2]], [2, new Map([['nested', 'dict']])], [new Tuple(1, 2), 'tuple key']]))
  print(set_literal(3, 1, 2), new Set([10, 18, 2, 26]), set_literal(-1, -2, 100, 7))
  const seen = new Set<number>()
  for (const n of [40, 8, 16, 3, 64, 1]) seen.add(n)
  print(seen)
  print(["it's", 'say "hi"', 'tab\there', '你好，世界', 'new\nline'])
  print('你好', "it's", 'say "hi"')
  print(new ValueError('boom'), [new ValueError('boom'), new KeyError('k'), new asyncio.CancelledError()])
})

export default program(function* () {
  yield* asyncio.run(main())
})
