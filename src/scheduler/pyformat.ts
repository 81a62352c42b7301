/**
 * Python's `format(value, spec)` (the format-spec mini-language of f-strings), `round()`, and the
 * `f` template tag that plays an f-string.
 *
 *     print(f`took ${format(elapsed, '.2f')}s, results ${results}`)   // f"took {elapsed:.2f}s, results {results}"
 *
 * Follows Python/formatter_unicode.c (3.11): `parse_internal_render_format_spec` for the spec,
 * `format_string_internal`, `format_long_internal` and `format_float_internal` for the three kinds
 * of value, `calc_number_widths`/`fill_number` for sign, padding and digit grouping. Error messages
 * are CPython's, word for word.
 *
 * Invariants:
 * - Which Python type a value is follows pyrepr.ts: an integral number or a bigint is an int, a
 *   bool formats as an int under a non-empty spec (`format(True, 'd')` is `1`), and `float(x)`
 *   marks an integral float.
 * - Widths and precisions count code points, as Python's `len` does (not UTF-16 units, not display
 *   columns: `format('汉字', '^6')` is `'  汉字  '`).
 */
import { OverflowError, TypeError, ValueError } from './exceptions.js'
import { doubleToString, roundFloat, roundHalfEven } from './pyfloat.js'
import { PyFloat, isFloat, str, typeName } from './pyrepr.js'

/** An object with its own `__format__`, like a Python class that defines one. */
export interface Formattable {
  __format__(spec: string): string
}

interface Spec {
  fill: string
  /** `<`, `>`, `^`, `=`, or '' when not given (each kind of value has its default). */
  align: string
  sign: string
  noNegativeZero: boolean
  alternate: boolean
  width: number
  /** `,` or `_` or ''. */
  grouping: string
  /** -1 when not given. */
  precision: number
  type: string
}

const ALIGNS = '<>=^'
/** Types that take ',' or '_' every three digits (PEP 378); '' is float's own default type. */
const GROUPING_TYPES = new Set(['d', 'e', 'f', 'g', 'E', 'G', '%', 'F', ''])
const RADIX_TYPES = new Set(['b', 'o', 'x', 'X'])
const FLOAT_TYPES = new Set(['e', 'E', 'f', 'F', 'g', 'G', 'n', '%', ''])

function parseSpec(spec: string, value: unknown, defaultType: 's' | 'd' | ''): Spec {
  const defaultAlign = defaultType === 's' ? '<' : '>'
  const chars = [...spec]
  const parsed: Spec = { fill: ' ', align: '', sign: '', noNegativeZero: false, alternate: false, width: -1, grouping: '', precision: -1, type: '' }
  let pos = 0
  let fillGiven = false
  if (chars.length >= 2 && ALIGNS.includes(chars[1]!)) {
    parsed.fill = chars[0]!
    parsed.align = chars[1]!
    fillGiven = true
    pos = 2
  } else if (chars.length >= 1 && ALIGNS.includes(chars[0]!)) {
    parsed.align = chars[0]!
    pos = 1
  }
  if (chars[pos] === '+' || chars[pos] === '-' || chars[pos] === ' ') parsed.sign = chars[pos++]!
  if (chars[pos] === 'z') {
    parsed.noNegativeZero = true
    pos++
  }
  if (chars[pos] === '#') {
    parsed.alternate = true
    pos++
  }
  if (!fillGiven && chars[pos] === '0') {
    parsed.fill = '0'
    if (parsed.align === '' && defaultAlign === '>') parsed.align = '='
    pos++
  }
  const digits = (): string => {
    let text = ''
    while (pos < chars.length && chars[pos]! >= '0' && chars[pos]! <= '9') text += chars[pos++]
    return text
  }
  const width = digits()
  if (width !== '') parsed.width = Number(width)
  if (chars[pos] === ',' || chars[pos] === '_') {
    parsed.grouping = chars[pos++]!
    if (chars[pos] === ',' || chars[pos] === '_') throw new ValueError("Cannot specify both ',' and '_'.")
  }
  if (chars[pos] === '.') {
    pos++
    const precision = digits()
    if (precision === '') throw new ValueError('Format specifier missing precision')
    parsed.precision = Number(precision)
  }
  if (chars.length - pos > 1) {
    throw new ValueError(`Invalid format specifier '${spec}' for object of type '${typeName(value)}'`)
  }
  parsed.type = pos < chars.length ? chars[pos]! : defaultType
  if (parsed.grouping !== '' && !GROUPING_TYPES.has(parsed.type)) {
    // bin, oct and hex group by four, with '_' only (PEP 515).
    if (!(parsed.grouping === '_' && RADIX_TYPES.has(parsed.type))) {
      throw new ValueError(`Cannot specify '${parsed.grouping}' with '${parsed.type}'.`)
    }
  }
  return parsed
}

/** Pads `body` to the spec's width with its fill, on the side the alignment says. */
function align(body: string, spec: Spec, defaultAlign: string): string {
  const padding = spec.width - [...body].length
  if (padding <= 0) return body
  const left = { '<': 0, '>': padding, '^': Math.floor(padding / 2), '=': padding }[spec.align || defaultAlign] ?? 0
  return spec.fill.repeat(left) + body + spec.fill.repeat(padding - left)
}

/** `_PyUnicode_InsertThousandsGrouping`, including the zero padding that `0` widths group too. */
function groupDigits(digits: string, minWidth: number, separator: string, groupSize: number): string {
  if (digits === '') return ''
  if (groupSize === 0) return digits.padStart(Math.max(minWidth, 1), '0')
  const groups: string[] = []
  let remaining = digits.length
  let min = minWidth
  for (;;) {
    const len = Math.min(groupSize, Math.max(remaining, min, 1))
    const chars = Math.max(0, Math.min(remaining, len))
    groups.unshift('0'.repeat(Math.max(0, len - remaining)) + digits.slice(remaining - chars, remaining))
    remaining -= chars
    min -= len
    if (remaining <= 0 && min <= 0) break
    min -= separator.length
  }
  return groups.join(separator)
}

/**
 * `calc_number_widths` + `fill_number`: lays out `[sign][prefix][padding][digits][rest]`, where
 * `digits` (the integer part) is grouped and `rest` (`.5`, `e+03`, `%`, `inf`) is copied.
 */
function layOutNumber(negative: boolean, prefix: string, digits: string, rest: string, spec: Spec, groupSize: number): string {
  const sign = negative ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : ''
  const nonDigits = sign.length + prefix.length + [...rest].length
  const zeroPad = spec.fill === '0' && spec.align === '='
  const grouped = groupDigits(digits, zeroPad ? spec.width - nonDigits : 0, spec.grouping, spec.grouping === '' ? 0 : groupSize)
  const padding = spec.width - nonDigits - grouped.length
  if (padding > 0 && spec.align === '=') return sign + prefix + spec.fill.repeat(padding) + grouped + rest
  return align(sign + prefix + grouped + rest, spec, '>')
}

/** Splits an unsigned number's text into its leading digits and the rest (`parse_number`). */
function layOutText(negative: boolean, text: string, spec: Spec): string {
  const digitCount = /^[0-9]*/.exec(text)![0].length
  return layOutNumber(negative, '', text.slice(0, digitCount), text.slice(digitCount), spec, 3)
}

function formatStr(s: string, spec: Spec): string {
  if (spec.type !== 's') throw new ValueError(`Unknown format code '${spec.type}' for object of type 'str'`)
  if (spec.sign !== '') throw new ValueError(`${spec.sign === ' ' ? 'Space' : 'Sign'} not allowed in string format specifier`)
  if (spec.noNegativeZero) throw new ValueError('Negative zero coercion (z) not allowed in string format specifier')
  if (spec.alternate) throw new ValueError('Alternate form (#) not allowed in string format specifier')
  if (spec.align === '=') throw new ValueError("'=' alignment not allowed in string format specifier")
  const text = spec.precision >= 0 ? [...s].slice(0, spec.precision).join('') : s
  return align(text, spec, '<')
}

const INT_RADIX: Record<string, number> = { b: 2, o: 8, x: 16, X: 16, d: 10, n: 10 }

function formatInt(n: bigint, spec: Spec, type: string): string {
  if (FLOAT_TYPES.has(spec.type) && spec.type !== 'n') {
    const x = Number(n)
    if (!Number.isFinite(x)) throw new OverflowError('int too large to convert to float')
    return formatFloat(x, spec, type)
  }
  if (!Object.hasOwn(INT_RADIX, spec.type) && spec.type !== 'c') {
    throw new ValueError(`Unknown format code '${spec.type}' for object of type '${type}'`)
  }
  if (spec.precision >= 0) throw new ValueError('Precision not allowed in integer format specifier')
  if (spec.noNegativeZero) throw new ValueError('Negative zero coercion (z) not allowed in integer format specifier')
  if (spec.type === 'c') {
    if (spec.sign !== '') throw new ValueError("Sign not allowed with integer format specifier 'c'")
    if (spec.alternate) throw new ValueError("Alternate form (#) not allowed with integer format specifier 'c'")
    if (n < -(2n ** 63n) || n >= 2n ** 63n) throw new OverflowError('Python int too large to convert to C long')
    if (n < 0n || n > 0x10ffffn) throw new OverflowError('%c arg not in range(0x110000)')
    return layOutNumber(false, '', '', String.fromCodePoint(Number(n)), spec, 3)
  }
  const radix = INT_RADIX[spec.type]!
  let digits = (n < 0n ? -n : n).toString(radix)
  if (spec.type === 'X') digits = digits.toUpperCase()
  const prefix = spec.alternate && radix !== 10 ? '0' + spec.type : ''
  return layOutNumber(n < 0n, prefix, digits, '', spec, radix === 10 ? 3 : 4)
}

function formatFloat(x: number, spec: Spec, type: string): string {
  let code = spec.type
  if (!FLOAT_TYPES.has(code)) throw new ValueError(`Unknown format code '${code}' for object of type '${type}'`)
  let precision = spec.precision
  let defaultPrecision = 6
  let addDot0 = false
  let value = x
  let suffix = ''
  if (code === '') {
    // Like repr without a precision, like 'g' with one; an integral result keeps its '.0'.
    addDot0 = true
    code = 'r'
    defaultPrecision = 0
  }
  if (code === 'n') code = 'g'
  if (code === '%') {
    code = 'f'
    value *= 100
    suffix = '%'
  }
  if (precision < 0) precision = defaultPrecision
  else if (code === 'r') code = 'g'
  const text = doubleToString(value, {
    code: code as 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r',
    precision,
    alternate: spec.alternate,
    addDot0,
    noNegativeZero: spec.noNegativeZero,
  })
  const negative = text.startsWith('-')
  return layOutText(negative, (negative ? text.slice(1) : text) + suffix, spec)
}

/** Python's `format(value, spec)`, i.e. `f'{value:spec}'`. */
export function format(value: unknown, spec = ''): string {
  if (typeof value === 'object' && value !== null && typeof (value as Formattable).__format__ === 'function') {
    return (value as Formattable).__format__(spec)
  }
  if (spec === '') return str(value)
  if (typeof value === 'string') return formatStr(value, parseSpec(spec, value, 's'))
  if (typeof value === 'boolean') return formatInt(value ? 1n : 0n, parseSpec(spec, value, 'd'), 'bool')
  if (typeof value === 'bigint') return formatInt(value, parseSpec(spec, value, 'd'), 'int')
  if (typeof value === 'number' || value instanceof PyFloat) {
    if (isFloat(value)) return formatFloat(Number(value), parseSpec(spec, value, ''), 'float')
    return formatInt(BigInt(value), parseSpec(spec, value, 'd'), 'int')
  }
  // object.__format__: only the empty spec is accepted.
  throw new TypeError(`unsupported format string passed to ${typeName(value)}.__format__`)
}

/**
 * Python's `round(number, ndigits=None)`. Without `ndigits` the result is an int, ties to even
 * (`round(2.5)` is 2); with it, a float rounded on its exact binary value (`round(2.675, 2)` is
 * 2.67), or for an int, an int. Returns a plain number: mark it with `float()` to print an
 * integral result as a float (`print(float(round(x, 1)))`).
 */
export function round(number: bigint, ndigits?: number | null): bigint
export function round(number: number | PyFloat, ndigits?: number | null): number
export function round(number: number | PyFloat | bigint, ndigits?: number | null): number | bigint {
  if (typeof number === 'bigint') return roundInt(number, ndigits ?? 0)
  const x = Number(number)
  if (!isFloat(number)) return ndigits === undefined || ndigits === null ? x : Number(roundInt(BigInt(x), ndigits))
  if (ndigits === undefined || ndigits === null) {
    if (Number.isNaN(x)) throw new ValueError('cannot convert float NaN to integer')
    if (!Number.isFinite(x)) throw new OverflowError('cannot convert float infinity to integer')
    return roundHalfEven(x) + 0
  }
  return roundFloat(x, ndigits)
}

/** `int.__round__(ndigits)`: negative ndigits round to tens, hundreds... ties to even. */
function roundInt(n: bigint, ndigits: number): bigint {
  if (ndigits >= 0) return n
  const unit = 10n ** BigInt(-ndigits)
  const floor = ((n % unit) + unit) % unit
  const down = n - floor
  const twice = floor * 2n
  if (twice < unit || (twice === unit && (down / unit) % 2n === 0n)) return down
  return down + unit
}

/** The `f"..."` prefix: every `${value}` becomes `str(value)`; use `format(value, spec)` for `{value:spec}`. */
export function f(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0]!
  values.forEach((value, index) => {
    out += str(value) + strings[index + 1]!
  })
  return out
}
