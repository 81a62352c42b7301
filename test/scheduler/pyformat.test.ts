import { describe, expect, test } from 'vitest'
import { BaseException } from '../../src/scheduler/exceptions.js'
import { f, format, round } from '../../src/scheduler/pyformat.js'
import { Tuple, float, floatRepr, repr } from '../../src/scheduler/pyrepr.js'
import { PY_FROM_HEX, askPython, doubleFromBits, hexBits, randomBits } from './python-oracle.js'

/** `format()`'s result, or the Python exception it raises as `TypeName: message`. */
function outcome(run: () => unknown): string {
  try {
    return String(run())
  } catch (error) {
    if (error instanceof BaseException) return `${error.name}: ${error.__str__()}`
    throw error
  }
}

const PY_OUTCOME = `
def outcome(run):
    try:
        return str(run())
    except Exception as e:
        return f'{type(e).__name__}: {e}'
`

// [the model's value, the Python expression it stands for]
const VALUES: [unknown, string][] = [
  [0, '0'], [1, '1'], [-1, '-1'], [42, '42'], [255, '255'], [1234567, '1234567'], [-98765, '-98765'],
  [12345678901234567890n, '12345678901234567890'], [true, 'True'], [false, 'False'],
  [float(0), '0.0'], [-0, '-0.0'], [0.125, '0.125'], [0.375, '0.375'], [2.675, '2.675'], [1.5, '1.5'], [2.5, '2.5'],
  [-1.5, '-1.5'], [1234.5678, '1234.5678'], [1e-5, '1e-05'], [float(1e16), '1e16'], [123456789.123, '123456789.123'],
  [NaN, "float('nan')"], [Infinity, "float('inf')"], [-Infinity, "float('-inf')"], [0.1, '0.1'], [1 / 3, '1/3'],
  [5e-324, '5e-324'], [float(1.7976931348623157e308), '1.7976931348623157e308'], [float(100), '100.0'], [0.005, '0.005'],
  [float(1704133659), '1704133659.0'], [99.995, '99.995'], [-0.0001, '-0.0001'],
  ['', "''"], ['abc', "'abc'"], ['汉字', "'汉字'"], ["it's", '"it\'s"'], ['😀x', "'😀x'"],
]

const SPECS = [
  '', 'd', 's', 'f', '.2f', '.0f', '.3f', '08.3f', '>8', '<10', '^5', '^6', '=+8', '*^9', '+', ' ', '-', ',', '_',
  ',d', ',.2f', '010,.1f', '%', '.1%', 'e', '.3e', 'E', 'g', '.3g', '.10g', 'G', '#g', '#.0f', '#x', 'x', 'X', '#o',
  'b', '_b', '#_x', 'c', 'n', '.3', '10', 'z.1f', 'z', '.2', '05', 'x<+5', '+015,d', ',x', ',n', '.', ',_', '.2fx',
  '.25f', '.17g', '=10', '0=12,.2f', '.3s', '>10.2s', '+.2e', '#.3g', '%>10', '08', 'F', '.0e', '#.0e', '.0%',
]

describe('format', () => {
  test('answers like CPython for every value × spec in a table of 2800', () => {
    const pairs = VALUES.flatMap(([value, expr]) => SPECS.map((spec) => ({ value, expr, spec })))
    const expected = askPython<string[]>(
      `${PY_OUTCOME}print(json.dumps([outcome(lambda: format(eval(p['expr']), p['spec'])) for p in data]))`,
      pairs.map(({ expr, spec }) => ({ expr, spec })),
    )
    const got = pairs.map(({ value, spec }) => outcome(() => format(value, spec)))
    const mismatches = pairs
      .map((pair, i) => ({ expr: pair.expr, spec: pair.spec, python: expected[i], model: got[i] }))
      .filter((row) => row.python !== row.model)
    expect(mismatches).toEqual([])
  })

  test('rounds random doubles half to even on their exact binary value, like CPython', () => {
    const next = randomBits(0xfeedfacecafebeefn)
    const values: number[] = []
    while (values.length < 1500) {
      const x = doubleFromBits(next())
      if (Number.isFinite(x)) values.push(x)
    }
    // Values near a rounding tie: k/8 and k/1000 at a few scales.
    for (let k = -200; k < 200; k++) values.push(k / 8, k / 1000, k * 0.005, k + 0.5)
    const specs = ['.2f', '.0f', '.3e', 'g', '.10g', '.1%', '', ',.2f', '.17g', 'e', '.1f']
    const expected = askPython<string[][]>(
      `${PY_FROM_HEX}specs = ${JSON.stringify(specs)}\nprint(json.dumps([[format(from_hex(h), s) for s in specs] for h in data]))`,
      values.map(hexBits),
    )
    const got = values.map((x) => specs.map((spec) => format(Number.isInteger(x) ? float(x) : x, spec)))
    const mismatches = got.map((row, i) => ({ x: values[i], got: row, want: expected[i] })).filter((row) => JSON.stringify(row.got) !== JSON.stringify(row.want))
    expect(mismatches).toEqual([])
  })

  test('matches the documented examples: 0.125 → 0.12, 2.675 → 2.67', () => {
    expect(format(0.125, '.2f')).toBe('0.12')
    expect(format(2.675, '.2f')).toBe('2.67')
    expect(format(0.375, '.2f')).toBe('0.38')
  })

  test('uses an object’s own __format__ when it has one', () => {
    expect(format({ __format__: (spec: string) => `<${spec}>` }, 'x')).toBe('<x>')
  })
})

describe('round', () => {
  test('rounds floats and ints exactly as CPython round(x, n) does', () => {
    const next = randomBits(0x5eed5eedn)
    const floats: number[] = [2.675, 0.125, 0.5, 1.5, 2.5, -2.5, -0.5, 1234.5678, 5e-324, 1e300, -0.0001, 0.285, 1.005]
    while (floats.length < 800) {
      const digits = Number(next() % 10000000n)
      floats.push(Number(`${digits}e${Number(next() % 12n) - 8}`) * (next() % 2n === 0n ? 1 : -1))
    }
    const ndigits = [0, 1, 2, 3, 5, -1, -2]
    const expected = askPython<string[][]>(
      `${PY_FROM_HEX}nd = ${JSON.stringify(ndigits)}\nprint(json.dumps([[repr(round(from_hex(h), n)) for n in nd] + [repr(round(from_hex(h)))] for h in data]))`,
      floats.map(hexBits),
    )
    const got = floats.map((x) => [...ndigits.map((n) => floatRepr(round(x, n))), repr(round(Number.isInteger(x) ? float(x) : x))])
    const mismatches = got.map((row, i) => ({ x: floats[i], got: row, want: expected[i] })).filter((row) => JSON.stringify(row.got) !== JSON.stringify(row.want))
    expect(mismatches).toEqual([])
  })

  test('sends ties to the even neighbour for ints with negative ndigits and for round(x)', () => {
    expect([round(15, -1), round(25, -1), round(-25, -1)]).toEqual([20, 20, -20])
    expect([round(1250n, -2), round(12345678901234567891n, -1)]).toEqual([1200n, 12345678901234567890n])
    expect([round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5)]).toEqual([0, 2, 2, 0, -2])
    expect(Object.is(round(-0.4), 0)).toBe(true)
  })

  test('refuses nan and inf without ndigits, as Python does', () => {
    expect(outcome(() => round(NaN))).toBe('ValueError: cannot convert float NaN to integer')
    expect(outcome(() => round(Infinity))).toBe('OverflowError: cannot convert float infinity to integer')
    expect(round(Infinity, 2)).toBe(Infinity)
  })
})

describe('the f template', () => {
  test('prints each value with str(), like an f-string without a spec', () => {
    const items = [1, 'a', null]
    expect(f`got ${items} and ${new Tuple(2)}; ${true} ${float(3)} ${1e-5} ${'text'}`).toBe("got [1, 'a', None] and (2,); True 3.0 1e-05 text")
  })

  test('takes format() for a spec, as {elapsed:.2f}', () => {
    const elapsed = 1.23456
    expect(f`took ${format(elapsed, '.2f')}s`).toBe('took 1.23s')
  })
})
