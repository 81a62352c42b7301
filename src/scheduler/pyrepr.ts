/**
 * Python's `str()` and `repr()` for the values lesson models print.
 *
 * How JavaScript values stand for Python ones:
 * - string → str; boolean → bool (`True`); null and undefined → `None`;
 * - bigint → int; number → int when it is integral, float otherwise (`nan`, `inf`, `-0.0`
 *   included);
 * - Array → list; `Tuple` → tuple, and so does an array made by `tupleArray` (a tuple a model
 *   indexes and maps like an array: `ExceptionGroup.exceptions`); Map → dict; Set → set;
 * - any object with `__repr__()` (and optionally `__str__()`) → that object, like a Python class
 *   (exceptions, tasks and futures are such objects).
 *
 * Integral floats. JavaScript has one number type, so `4` and `4.0` are the same value, and a number
 * that is integral prints as an int. Python code rarely *prints* an integral float without a format
 * spec, but when it does (`print(time.time())` at the start, `print(loop.time())` after whole-second
 * sleeps, `print(10 / 2)`, `print(round(x, 1))`), the model marks the value at the place it is
 * printed: `print(float(time.time()))` → `1704133659.0`. Every function of the facade returns plain
 * numbers so models can compute with them (`time.time() - start`); the `float()` mark is only for
 * display, and `format`, `round`, `repr`, `str`, `print` and the `f` template all accept it. Formatted
 * output (`format(x, '.2f')`, `:.2f` in Python) needs no mark: the spec says it is a float.
 *
 * Sets print in CPython's hash-table order where that order is the same in every process (ints,
 * floats, bools, tuples of them: `{3, 1, 2}` prints `{1, 2, 3}`), and in insertion order otherwise
 * (CPython's own order for strs changes from run to run). A set written as a display of constants
 * in Python (`{10, 18, 2}`) is `set_literal(10, 18, 2)` in a model, because CPython builds those
 * differently. See pyhash.ts.
 *
 * A known gap: str repr decides which characters are printable with JavaScript's Unicode tables,
 * which are newer than Python 3.11's Unicode 14.0; characters assigned since then are escaped by
 * Python (`'\U0001fae8'`) but printed as they are here.
 */
import { floatRepr } from './pyfloat.js'
import { type Hashable, floatHash, setOrder, tupleHash } from './pyhash.js'

export { floatRepr } from './pyfloat.js'

/** An object that prints itself the way its Python counterpart does. */
export interface PyObject {
  __repr__(): string
  __str__?(): string
}

/** A Python tuple: printed with parentheses, and `(x,)` for one element. */
export class Tuple implements PyObject, Hashable {
  readonly items: readonly unknown[]
  constructor(...items: unknown[]) {
    this.items = items
  }
  __repr__(): string {
    return reprTuple(this.items, new Set())
  }
  __hash__(): bigint | null {
    return tupleHash(this.items)
  }
  toString(): string {
    return this.__repr__()
  }
  /** Unpacks like Python's tuple: `const [done, pending] = result`. */
  [Symbol.iterator](): Iterator<unknown> {
    return this.items[Symbol.iterator]()
  }
}

const TUPLE_ARRAY = Symbol('prints as a tuple')

/**
 * A tuple that models use as a read-only array (`eg.exceptions[0]`, `eg.exceptions.map(...)`): a
 * frozen copy of `items` that prints as a tuple. What its array methods return is a plain array (a
 * list), as a comprehension over a tuple makes a list in Python.
 */
export function tupleArray<T>(items: readonly T[]): readonly T[] {
  const copy = items.slice()
  Object.defineProperty(copy, TUPLE_ARRAY, { value: true })
  return Object.freeze(copy)
}

function isTupleArray(value: readonly unknown[]): boolean {
  return (value as { [TUPLE_ARRAY]?: boolean })[TUPLE_ARRAY] === true
}

/** A Python float whose value happens to be integral: `float(4)` prints `4.0`. */
export class PyFloat implements PyObject, Hashable {
  constructor(readonly value: number) {}
  __repr__(): string {
    return floatRepr(this.value)
  }
  __hash__(): bigint | null {
    return floatHash(this.value)
  }
  valueOf(): number {
    return this.value
  }
  toString(): string {
    return this.__repr__()
  }
}

/**
 * A set display of three or more constants, `{3, 1, 2}`, which CPython compiles to a frozenset
 * constant and so may print in a different order from `set([3, 1, 2])` (a `new Set([...])`) when
 * hashes collide: `{-1, -2, 100, 7}` prints `{100, -2, -1, 7}`, `set([-1, -2, 100, 7])` prints
 * `{100, 7, -1, -2}`. A display with a variable in it (`{a, 1, 2}`) is a plain `new Set([...])`.
 */
export class SetLiteral<T> extends Set<T> {
  /** How many of the first elements came from the display (later ones were added). */
  readonly displayed: number
  constructor(items: Iterable<T>) {
    super(items)
    this.displayed = this.size
  }
}

export function set_literal<T>(...items: T[]): SetLiteral<T> {
  return new SetLiteral(items)
}

/** Marks a number as a Python float for display: `print(float(10 / 2))` prints `5.0`. */
export function float(value: number | PyFloat): PyFloat {
  return value instanceof PyFloat ? value : new PyFloat(value)
}

export function isPyObject(value: unknown): value is PyObject {
  return typeof value === 'object' && value !== null && typeof (value as PyObject).__repr__ === 'function'
}

/** True when `value` is a Python float (a non-integral number, `-0`, or a `float()` mark). */
export function isFloat(value: unknown): value is number | PyFloat {
  if (value instanceof PyFloat) return true
  return typeof value === 'number' && (!Number.isInteger(value) || Object.is(value, -0))
}

/** `type(value).__name__`, as Python's error messages name types. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType'
  switch (typeof value) {
    case 'string':
      return 'str'
    case 'boolean':
      return 'bool'
    case 'bigint':
      return 'int'
    case 'number':
      return isFloat(value) ? 'float' : 'int'
    case 'function':
      return 'function'
  }
  if (value instanceof PyFloat) return 'float'
  if (value instanceof Tuple) return 'tuple'
  if (Array.isArray(value)) return isTupleArray(value) ? 'tuple' : 'list'
  if (value instanceof Map) return 'dict'
  if (value instanceof Set) return 'set'
  return (value as object).constructor?.name ?? 'object'
}

/** `repr(int)` for a JavaScript integer, exact beyond 1e21 where JavaScript switches to `1e+21`. */
function intRepr(n: number): string {
  return Math.abs(n) < 1e21 ? String(n + 0) : BigInt(n).toString()
}

/** Whether `ch` (one code point) is printable for Python's `str.isprintable()`. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u

function hexEscape(code: number): string {
  if (code <= 0xff) return '\\x' + code.toString(16).padStart(2, '0')
  if (code <= 0xffff) return '\\u' + code.toString(16).padStart(4, '0')
  return '\\U' + code.toString(16).padStart(8, '0')
}

/** `unicode_repr`: single quotes unless the text has `'` and no `"`. */
export function stringRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of s) {
    const code = ch.codePointAt(0)!
    if (ch === quote || ch === '\\') out += '\\' + ch
    else if (ch === '\t') out += '\\t'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (code < 0x20 || code === 0x7f) out += hexEscape(code)
    else if (code < 0x7f) out += ch
    else if (UNPRINTABLE.test(ch)) out += hexEscape(code)
    else out += ch
  }
  return out + quote
}

/** Containers being printed, so a list that contains itself prints `[...]` as in Python. */
type Active = Set<object>

function reprTuple(items: readonly unknown[], active: Active): string {
  if (items.length === 1) return `(${reprIn(items[0], active)},)`
  return `(${items.map((item) => reprIn(item, active)).join(', ')})`
}

function reprSet(set: Set<unknown>, active: Active): string {
  if (set.size === 0) return 'set()'
  const values = [...set]
  const order = setOrder(values, set instanceof SetLiteral ? set.displayed : 0) ?? values.map((_, index) => index)
  return `{${order.map((index) => reprIn(values[index], active)).join(', ')}}`
}

function reprContainer(value: object, active: Active): string {
  if (active.has(value)) return value instanceof Map ? '{...}' : Array.isArray(value) ? '[...]' : '...'
  active.add(value)
  try {
    if (value instanceof Tuple) return reprTuple(value.items, active)
    if (Array.isArray(value)) {
      if (isTupleArray(value)) return reprTuple(value, active)
      return `[${value.map((item) => reprIn(item, active)).join(', ')}]`
    }
    if (value instanceof Map) {
      return `{${[...value].map(([k, v]) => `${reprIn(k, active)}: ${reprIn(v, active)}`).join(', ')}}`
    }
    return reprSet(value as Set<unknown>, active)
  } finally {
    active.delete(value)
  }
}

function reprIn(value: unknown, active: Active): string {
  switch (typeof value) {
    case 'string':
      return stringRepr(value)
    case 'number':
      return isFloat(value) ? floatRepr(value) : intRepr(value)
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
  if (value instanceof Tuple || Array.isArray(value) || value instanceof Map || value instanceof Set) {
    return reprContainer(value, active)
  }
  if (isPyObject(value)) return value.__repr__()
  return `<${(value as object).constructor?.name ?? 'object'} object>`
}

/** Python's `repr(value)`. */
export function repr(value: unknown): string {
  return reprIn(value, new Set())
}

/** Python's `str(value)`: the text itself for a str, `__str__` where an object has one, else repr. */
export function str(value: unknown): string {
  if (typeof value === 'string') return value
  if (isPyObject(value) && value.__str__) return value.__str__()
  return repr(value)
}
