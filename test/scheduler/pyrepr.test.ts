import { describe, expect, test } from 'vitest'
import { CancelledError, KeyError, ValueError } from '../../src/scheduler/exceptions.js'
import { Tuple, float, floatRepr, repr, set_literal, str } from '../../src/scheduler/pyrepr.js'
import { PY_FROM_HEX, askPython, doubleFromBits, hexBits, randomBits } from './python-oracle.js'

/** Doubles that are hard to print: random bit patterns, plus short decimals at every scale. */
function floatsToPrint(): number[] {
  const next = randomBits(0x9e3779b97f4a7c15n)
  const values: number[] = [
    0, -0, 1, -1, 0.1, 0.2, 0.30000000000000004, 1 / 3, 2 / 3, 0.5, 1.5, 100, 1e15, 1e16, 1e17, 2 ** 53 + 2, Number('123456789012345680'), 1e-4, 1e-5, 0.0001234, 0.00001234, 1e22, 1e21, 1e23, 5e-324, 2.2250738585072014e-308,
    1.7976931348623157e308, Infinity, -Infinity, NaN, 1704133659, 1704133659.5, Number('1704133659.1234567'), 9999999999999998,
    Number('9.999999999999999e15'), 1.0000000000000002, 0.1 + 0.7, 2.675, 1e-7, 123e-20, 4.35, 0.000123,
  ]
  while (values.length < 3000) {
    const x = doubleFromBits(next())
    if (Number.isFinite(x)) values.push(x)
  }
  while (values.length < 5000) {
    const digits = Number(next() % 100000n)
    const scale = Number(next() % 44n) - 22
    values.push(Number(`${digits}e${scale}`) * (next() % 2n === 0n ? 1 : -1))
  }
  return values
}

describe('floatRepr', () => {
  test('prints 5000 doubles exactly as CPython repr() does', () => {
    const values = floatsToPrint()
    const expected = askPython<string[]>(`${PY_FROM_HEX}print(json.dumps([repr(from_hex(h)) for h in data]))`, values.map(hexBits))
    const mismatches = values.map((x, i) => [expected[i], floatRepr(x)]).filter(([want, got]) => want !== got)
    expect(mismatches).toEqual([])
  })

  test('writes the cases models print most in Python layout', () => {
    expect([1e-5, 1e16, 0.1, -0, NaN, -Infinity, 1.5e300].map(floatRepr)).toEqual(['1e-05', '1e+16', '0.1', '-0.0', 'nan', '-inf', '1.5e+300'])
  })
})

describe('repr of str', () => {
  const strings = [
    '', 'hello', "it's", 'say "hi"', `both ' and "`, 'back\\slash', 'tab\there', 'new\nline', 'cr\r', '\x00\x01\x1f\x7f',
    '\x80\x9f\xa0\xad\xff', '你好，世界', 'émoji 😀 ok', '\u200b\u2028\u2029\u3000\ufeff', '\ud800 lone', '\udfff',
    '\ue000 private', '\u0378 unassigned', 'Ωmega', 'tab\t"\'', '\u00e9\u0301', '\u{1f600}\u{e0001}',
  ]

  test('quotes and escapes like CPython, keeping printable non-ASCII (Chinese) as it is', () => {
    const expected = askPython<string[]>('print(json.dumps([repr(s) for s in data]))', strings)
    expect(strings.map(repr)).toEqual(expected)
  })

  test('str() of a str is the text itself', () => {
    expect(str('a\nb')).toBe('a\nb')
  })
})

describe('repr of containers and objects', () => {
  class Point {
    constructor(
      readonly x: number,
      readonly y: number,
    ) {}
    __repr__(): string {
      return `Point(${this.x}, ${this.y})`
    }
    __str__(): string {
      return `(${this.x}, ${this.y})`
    }
  }

  // [the model's value, the Python expression it stands for]
  const table: [unknown, string][] = [
    [[1, 'a', null, true, false, 2.5], "[1, 'a', None, True, False, 2.5]"],
    [[], '[]'],
    [new Tuple(), '()'],
    [new Tuple(1), '(1,)'],
    [new Tuple('a', new Tuple('b')), "('a', ('b',))"],
    [new Map(), '{}'],
    [new Map<unknown, unknown>([['k', [1, 2]], [1, new Map([['x', 'y']])]]), "{'k': [1, 2], 1: {'x': 'y'}}"],
    [new Set(), 'set()'],
    [new Set([3, 1, 2]), '{3, 1, 2}'],
    [[float(4), 0.5, -0, 1e-5, float(1e16)], '[4.0, 0.5, -0.0, 1e-05, 1e+16]'],
    [[Infinity, -Infinity, NaN], "[float('inf'), float('-inf'), float('nan')]"],
    [[12345678901234567890n, 2 ** 70, 1e21], '[12345678901234567890, 2 ** 70, int(1e21)]'],
    [['你好', "it's"], "['你好', \"it's\"]"],
    [new Map([[new Tuple(1, 2), 'pair']]), "{(1, 2): 'pair'}"],
    [new ValueError('boom'), "ValueError('boom')"],
    [[new ValueError('boom'), new KeyError('k')], "[ValueError('boom'), KeyError('k')]"],
    [new CancelledError(), 'asyncio.CancelledError()'],
    [new ValueError('a', 1), "ValueError('a', 1)"],
  ]

  test('lists, tuples, dicts, sets and exceptions print as CPython prints them', () => {
    const expected = askPython<string[]>('import asyncio\nprint(json.dumps([repr(eval(e)) for e in data]))', table.map(([, e]) => e))
    expect(table.map(([value]) => repr(value))).toEqual(expected)
  })

  test('str() of containers quotes the strings inside; str() of an exception is its message', () => {
    expect(str(['a', new Tuple('b')])).toBe("['a', ('b',)]")
    expect(str(new ValueError('boom'))).toBe('boom')
    expect(str(new KeyError('k'))).toBe("'k'")
    expect(str(new CancelledError())).toBe('')
  })

  test('objects print through __repr__ and __str__, and inside containers through __repr__', () => {
    const p = new Point(1, 2)
    expect(str(p)).toBe('(1, 2)')
    expect(repr(p)).toBe('Point(1, 2)')
    expect(str([p])).toBe('[Point(1, 2)]')
  })

  test('a list that contains itself prints [...] as in Python', () => {
    const a: unknown[] = [1]
    a.push(a)
    const d = new Map<string, unknown>()
    d.set('self', d)
    expect(repr(a)).toBe('[1, [...]]')
    expect(repr(d)).toBe("{'self': {...}}")
  })

  test('float() marks an integral number as a float, and template literals print it too', () => {
    expect(repr(float(1704133659))).toBe('1704133659.0')
    expect(`${float(2)}`).toBe('2.0')
    expect(`${new Tuple(1, 'a')}`).toBe("(1, 'a')")
    expect(repr(4)).toBe('4')
  })
})

describe('set order', () => {
  function intSets(): unknown[][] {
    const next = randomBits(0x1234567n)
    const sets: unknown[][] = []
    for (let n = 0; n < 300; n++) {
      const size = Number(next() % 40n) + 1
      const range = [8n, 64n, 1000n, 1n << 40n][n % 4]!
      const items: number[] = []
      for (let i = 0; i < size; i++) items.push(Number(next() % range) - (n % 3 === 0 ? Number(range / 2n) : 0))
      sets.push(items)
    }
    return sets
  }

  test('follows CPython hash-table order for sets of ints built by adding', () => {
    const lists = intSets()
    const expected = askPython<string[]>(
      'out = []\nfor items in data:\n    s = set()\n    for x in items:\n        s.add(x)\n    out.append(repr(s))\nprint(json.dumps(out))',
      lists,
    )
    expect(lists.map((items) => repr(new Set(items)))).toEqual(expected)
  })

  test('orders floats, bools, tuples and big ints by their CPython hashes', () => {
    const table: [unknown[], string][] = [
      [[0.5, 1.5, 2.25, -0.75, float(1e100), 3, 1e-3], '[0.5, 1.5, 2.25, -0.75, 1e100, 3, 1e-3]'],
      [[true, 7, 2.5], '[True, 7, 2.5]'],
      [[new Tuple(1, 2), new Tuple(2, 1), new Tuple(), new Tuple(3, new Tuple(4))], '[(1, 2), (2, 1), (), (3, (4,))]'],
      [[2n ** 64n, -(2n ** 61n), 2n ** 61n - 1n, -1n, -2n], '[2**64, -2**61, 2**61 - 1, -1, -2]'],
      [[Infinity, -Infinity, 0, -1], "[float('inf'), float('-inf'), 0, -1]"],
    ]
    const expected = askPython<string[]>(
      'out = []\nfor e in data:\n    s = set()\n    for x in eval(e):\n        s.add(x)\n    out.append(repr(s))\nprint(json.dumps(out))',
      table.map(([, e]) => e),
    )
    expect(table.map(([items]) => repr(new Set(items)))).toEqual(expected)
  })

  test('orders a set display of constants as CPython compiles it, also after later adds', () => {
    const next = randomBits(0xabcdefn)
    const lists: number[][] = []
    for (let n = 0; n < 300; n++) {
      const items = new Set<number>()
      const size = Number(next() % 14n) + 1
      while (items.size < size) items.add(Number(next() % 300n) - 60)
      lists.push([...items])
    }
    const expected = askPython<string[]>(
      `out = []
for items in data:
    s = eval('{' + ', '.join(map(str, items[:10])) + '}')
    for x in items[10:]:
        s.add(x)
    out.append(repr(s))
print(json.dumps(out))`,
      lists,
    )
    const got = lists.map((items) => {
      const s = set_literal(...items.slice(0, 10))
      for (const x of items.slice(10)) s.add(x)
      return repr(s)
    })
    expect(got).toEqual(expected)
    expect(repr(set_literal(-1, -2, 100, 7))).toBe('{100, -2, -1, 7}')
    expect(repr(new Set([-1, -2, 100, 7]))).toBe('{100, 7, -1, -2}')
  })

  test('keeps insertion order for strs, whose CPython order changes from run to run', () => {
    expect(repr(new Set(['b', 'a']))).toBe("{'b', 'a'}")
  })
})
