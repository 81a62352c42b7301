/**
 * Python's float-to-text conversions, digit for digit: `repr(float)`, the `e`/`f`/`g`/`r` forms
 * behind `format()` and f-strings, and `round(x, n)`.
 *
 * CPython does all of these with David Gay's `_Py_dg_dtoa` (Python/dtoa.c) and lays the digits out
 * in `format_float_short` (Python/pystrtod.c); this file follows both.
 *
 * Invariants:
 * - Rounding is done on the exact binary value of the double, half to even, as dtoa does: 0.125
 *   (exact in binary) rounds to `0.12`, and 2.675 (really 2.67499999...) to `2.67`. JavaScript's
 *   `toFixed` rounds exact ties up and gives up past 1e21, so it is never used.
 * - Shortest digits (`repr`) come from JavaScript's own shortest round-trip form: ECMAScript and
 *   dtoa mode 0 both choose the shortest digit string that reads back to the same double, and
 *   among those the one closest to it.
 * - A digit string never has trailing zeros; zero is `{ digits: '0', decpt: 1 }`, as dtoa returns it.
 */

/** Digits `d1 d2 d3 ...` standing for `0.d1d2d3... × 10^decpt` (dtoa's convention). */
export interface Digits {
  readonly digits: string
  readonly decpt: number
}

const ZERO: Digits = { digits: '0', decpt: 1 }

function stripTrailingZeros(digits: string, decpt: number): Digits {
  const stripped = digits.replace(/0+$/, '')
  return stripped === '' ? ZERO : { digits: stripped, decpt }
}

/** A finite double's magnitude as `mantissa * 2**exp2`, both exact. */
export function decomposeDouble(x: number): { mantissa: bigint; exp2: number } {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, Math.abs(x))
  const bits = view.getBigUint64(0)
  const biased = Number((bits >> 52n) & 0x7ffn)
  const fraction = bits & ((1n << 52n) - 1n)
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n)
  const exp2 = biased === 0 ? -1074 : biased - 1075
  return { mantissa, exp2 }
}

/** The exact decimal expansion of a finite double's magnitude (every double is a finite decimal). */
export function exactDigits(x: number): Digits {
  if (x === 0) return ZERO
  const { mantissa, exp2 } = decomposeDouble(x)
  if (exp2 >= 0) {
    const digits = (mantissa << BigInt(exp2)).toString()
    return stripTrailingZeros(digits, digits.length)
  }
  // m × 2^-k = m × 5^k / 10^k
  const digits = (mantissa * 5n ** BigInt(-exp2)).toString()
  return stripTrailingZeros(digits, digits.length + exp2)
}

/** The shortest digits that read back as `x` (dtoa mode 0). */
export function shortestDigits(x: number): Digits {
  if (x === 0) return ZERO
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e') as [string, string]
  return stripTrailingZeros(mantissa.replace('.', ''), Number(exponent) + 1)
}

/** Keeps the first `keep` digits (any integer), rounding half to even on the exact value. */
export function roundDigits(d: Digits, keep: number): Digits {
  if (keep >= d.digits.length) return d
  if (keep < 0) return ZERO
  const head = d.digits.slice(0, keep)
  const dropped = d.digits.charCodeAt(keep) - 48
  // No trailing zeros: any digit after the dropped one makes the tail more than a half.
  const moreAfter = d.digits.length > keep + 1
  const lastOdd = keep > 0 && (d.digits.charCodeAt(keep - 1) - 48) % 2 === 1
  const up = dropped > 5 || (dropped === 5 && (moreAfter || lastOdd))
  if (!up) return stripTrailingZeros(head, d.decpt)
  if (head === '') return { digits: '1', decpt: d.decpt + 1 }
  const bumped = (BigInt(head) + 1n).toString()
  return stripTrailingZeros(bumped, bumped.length > head.length ? d.decpt + 1 : d.decpt)
}

/**
 * `_Py_dg_dtoa(x, mode, ndigits)` for a finite `x`: mode 0 shortest, mode 2 `ndigits` significant
 * digits, mode 3 `ndigits` digits after the decimal point (negative: before it).
 */
export function dtoa(x: number, mode: 0 | 2 | 3, ndigits = 0): Digits {
  if (mode === 0) return shortestDigits(x)
  const exact = exactDigits(x)
  if (x === 0) return exact
  return roundDigits(exact, mode === 2 ? Math.max(ndigits, 1) : exact.decpt + ndigits)
}

export interface DoubleFormat {
  /** `e`, `f`, `g` (with `E`, `F`, `G` for upper case), or `r` for repr. */
  readonly code: 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r'
  readonly precision: number
  /** `#`: keep the decimal point and, for `g`, trailing zeros. */
  readonly alternate?: boolean
  /** Give an integral fixed-point result a `.0` (repr, and format's empty type). */
  readonly addDot0?: boolean
  /** `z`: a result that rounds to zero loses its minus sign. */
  readonly noNegativeZero?: boolean
}

/**
 * `PyOS_double_to_string`: the text of `x` without sign handling beyond a leading `-` (`nan` never
 * gets one). The caller adds `+`/space signs and padding.
 */
export function doubleToString(x: number, format: DoubleFormat): string {
  const upper = format.code === 'E' || format.code === 'F' || format.code === 'G'
  const code = format.code.toLowerCase() as 'e' | 'f' | 'g' | 'r'
  if (Number.isNaN(x)) return upper ? 'NAN' : 'nan'
  if (!Number.isFinite(x)) return (x < 0 ? '-' : '') + (upper ? 'INF' : 'inf')

  let precision = format.precision
  let digitsOf: Digits
  switch (code) {
    case 'e':
      precision += 1
      digitsOf = dtoa(x, 2, precision)
      break
    case 'f':
      digitsOf = dtoa(x, 3, precision)
      break
    case 'g':
      if (precision === 0) precision = 1
      digitsOf = dtoa(x, 2, precision)
      break
    case 'r':
      digitsOf = dtoa(x, 0)
      break
  }
  const { digits } = digitsOf
  let decpt = digitsOf.decpt
  let negative = x < 0 || Object.is(x, -0)
  if (format.noNegativeZero && digits === '0') negative = false

  // format_float_short: a window [start, end) on the digits, padded with virtual zeros both sides.
  let useExp = false
  let end = digits.length
  switch (code) {
    case 'e':
      useExp = true
      end = precision
      break
    case 'f':
      end = decpt + precision
      break
    case 'g':
      if (decpt <= -4 || decpt > (format.addDot0 ? precision - 1 : precision)) useExp = true
      if (format.alternate) end = precision
      break
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true
      break
  }
  let exp = 0
  if (useExp) {
    exp = decpt - 1
    decpt = 1
  }
  const start = decpt <= 0 ? decpt - 1 : 0
  end = Math.max(end, !useExp && format.addDot0 ? decpt + 1 : decpt)

  let out = negative ? '-' : ''
  if (decpt <= 0) out += '0'.repeat(decpt - start) + '.' + '0'.repeat(-decpt)
  else out += '0'.repeat(-start)
  if (decpt > 0 && decpt <= digits.length) out += digits.slice(0, decpt) + '.' + digits.slice(decpt)
  else out += digits
  if (digits.length < decpt) out += '0'.repeat(decpt - digits.length) + '.' + '0'.repeat(end - decpt)
  else out += '0'.repeat(end - digits.length)
  if (out.endsWith('.') && !format.alternate) out = out.slice(0, -1)
  if (useExp) {
    const magnitude = String(Math.abs(exp)).padStart(2, '0')
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + magnitude
  }
  return out
}

/** Python's `repr(float)` (and `str(float)`): `0.1`, `1.0`, `1e-05`, `1e+16`, `inf`, `-0.0`. */
export function floatRepr(x: number): string {
  return doubleToString(x, { code: 'r', precision: 0, addDot0: true })
}

/**
 * `round(x, ndigits)` for a float (`float.__round__`): the double nearest to `x` rounded half to
 * even, on its exact value, at `ndigits` decimal places. `nan` and `inf` round to themselves.
 */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x
  // NDIGITS_MAX and NDIGITS_MIN of floatobject.c: beyond them the answer is known without dtoa.
  if (ndigits > 323) return x
  if (ndigits < -308) return 0 * x
  const { digits, decpt } = dtoa(x, 3, ndigits)
  const sign = x < 0 || Object.is(x, -0) ? '-' : ''
  return Number(`${sign}0${digits}e${decpt - digits.length}`)
}

/** `round(x)` for a float: the nearest integer, ties to even (a JavaScript number; may be -0). */
export function roundHalfEven(x: number): number {
  const rounded = Math.round(x)
  // Math.round sends every tie up; Python sends it to the even neighbour.
  if (rounded - x === 0.5 && rounded % 2 !== 0) return rounded - 1
  return rounded
}
