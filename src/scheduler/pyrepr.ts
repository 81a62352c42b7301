/**
 * Python's `str()` and `repr()` for the values lesson models print.
 *
 * How JavaScript values stand for Python ones:
 * - string → str; boolean → bool (`True`); null and undefined → `None`;
 * - number → int when it is an integer, float otherwise; a float with an integral value (`4.0`)
 *   is written `float(4)` in a model, because JavaScript cannot tell 4 from 4.0;
 * - Array → list; `Tuple` → tuple; Map → dict; Set → set;
 * - any object with `__repr__()` (and optionally `__str__()`) → that object, like a Python class.
 */

/** An object that prints itself the way its Python counterpart does. */
export interface PyObject {
  __repr__(): string
  __str__?(): string
}

/** A Python tuple: printed with parentheses, and `(x,)` for one element. */
export class Tuple implements PyObject {
  readonly items: readonly unknown[]
  constructor(...items: unknown[]) {
    this.items = items
  }
  __repr__(): string {
    if (this.items.length === 1) return `(${repr(this.items[0])},)`
    return `(${this.items.map(repr).join(', ')})`
  }
}

/** A Python float whose value happens to be integral: `float(4)` prints `4.0`. */
export class PyFloat implements PyObject {
  constructor(readonly value: number) {}
  __repr__(): string {
    return floatRepr(this.value)
  }
  valueOf(): number {
    return this.value
  }
}

export function float(value: number): PyFloat {
  return new PyFloat(value)
}

function isPyObject(value: unknown): value is PyObject {
  return typeof value === 'object' && value !== null && typeof (value as PyObject).__repr__ === 'function'
}

/** Python's `repr(float)`: the shortest digits that round-trip, in Python's layout. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan'
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf'
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0'
  // Shortest round-trip digits and decimal exponent, from JavaScript's own shortest form.
  const [mantissa, expPart] = Math.abs(x).toExponential().split('e') as [string, string]
  const digits = mantissa.replace('.', '')
  const exponent = Number(expPart)
  const sign = x < 0 ? '-' : ''
  // Python uses scientific notation when the exponent is < -4 or >= 16.
  if (exponent < -4 || exponent >= 16) {
    const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
    return `${sign}${body}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`
  if (digits.length <= exponent + 1) return `${sign}${digits}${'0'.repeat(exponent + 1 - digits.length)}.0`
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`
}

function stringRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of s) {
    if (ch === quote || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (ch < ' ' || ch === '\x7f') out += '\\x' + ch.charCodeAt(0).toString(16).padStart(2, '0')
    else out += ch
  }
  return out + quote
}

export function repr(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return stringRepr(value)
    case 'number':
      return Number.isInteger(value) ? String(value) : floatRepr(value)
    case 'bigint':
      return value.toString()
    case 'boolean':
      return value ? 'True' : 'False'
    case 'undefined':
      return 'None'
    case 'function':
      return `<function ${value.name || '<lambda>'}>`
    case 'symbol':
      return String(value)
  }
  if (value === null) return 'None'
  if (isPyObject(value)) return value.__repr__()
  if (Array.isArray(value)) return `[${value.map(repr).join(', ')}]`
  if (value instanceof Map) return `{${[...value].map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}}`
  if (value instanceof Set) return value.size === 0 ? 'set()' : `{${[...value].map(repr).join(', ')}}`
  return `<${(value as object).constructor?.name ?? 'object'} object>`
}

export function str(value: unknown): string {
  if (typeof value === 'string') return value
  if (isPyObject(value) && value.__str__) return value.__str__()
  return repr(value)
}
