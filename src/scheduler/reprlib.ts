/**
 * Python's `reprlib.repr`: the size-limited repr asyncio uses for callback arguments in handle
 * reprs and "Exception in callback ..." reports (`format_helpers._format_args_and_kwargs`).
 *
 * Invariants (`reprlib.Repr`'s defaults): strings keep 30 characters, ints 40 digits, any other
 * object's repr 30 characters, cut as 13 + `...` + 14 (19 + `...` + 18 for ints); lists, tuples and
 * sets show 6 items and dicts 4, then `...`; nesting deeper than 6 levels shows `...`. Sets and dicts
 * are listed sorted when their keys are all numbers or all strings, as `_possibly_sorted` does;
 * otherwise in insertion order.
 */
import { Tuple, repr } from './pyrepr.js'

const FILL = '...'
const MAX_LEVEL = 6
const MAX_ITEMS = 6
const MAX_DICT = 4
const MAX_STRING = 30
const MAX_LONG = 40
const MAX_OTHER = 30

/** `reprlib.repr(value)`. */
export function reprlibRepr(value: unknown): string {
  return repr1(value, MAX_LEVEL)
}

function repr1(value: unknown, level: number): string {
  if (typeof value === 'string') return reprStr(value)
  if ((typeof value === 'number' && Number.isInteger(value)) || typeof value === 'bigint') {
    return shorten(repr(value), MAX_LONG)
  }
  if (Array.isArray(value)) return reprIterable(value, level, '[', ']', MAX_ITEMS)
  if (value instanceof Tuple) return reprIterable(value.items, level, '(', ')', MAX_ITEMS, ',')
  if (value instanceof Set) return value.size === 0 ? 'set()' : reprIterable(possiblySorted([...value]), level, '{', '}', MAX_ITEMS)
  if (value instanceof Map) return reprDict(value, level)
  return shorten(repr(value), MAX_OTHER)
}

/** `Repr.repr_str`: the repr of the first 30 characters, else of the first 13 and last 14. */
function reprStr(text: string): string {
  const chars = Array.from(text)
  let s = repr(chars.slice(0, MAX_STRING).join(''))
  if (s.length > MAX_STRING) {
    const i = Math.floor((MAX_STRING - 3) / 2)
    const j = MAX_STRING - 3 - i
    s = repr([...chars.slice(0, i), ...chars.slice(chars.length - j)].join(''))
    s = s.slice(0, i) + FILL + s.slice(s.length - j)
  }
  return s
}

function shorten(s: string, max: number): string {
  if (s.length <= max) return s
  const i = Math.floor((max - 3) / 2)
  const j = max - 3 - i
  return s.slice(0, i) + FILL + s.slice(s.length - j)
}

function reprIterable(
  items: readonly unknown[],
  level: number,
  left: string,
  right: string,
  maxItems: number,
  trail = '',
): string {
  if (level <= 0 && items.length > 0) return `${left}${FILL}${right}`
  const pieces = items.slice(0, maxItems).map((item) => repr1(item, level - 1))
  if (items.length > maxItems) pieces.push(FILL)
  return `${left}${pieces.join(', ')}${items.length === 1 ? trail : ''}${right}`
}

function reprDict(map: ReadonlyMap<unknown, unknown>, level: number): string {
  if (map.size === 0) return '{}'
  if (level <= 0) return `{${FILL}}`
  const keys = possiblySorted([...map.keys()])
  const pieces = keys.slice(0, MAX_DICT).map((key) => `${repr1(key, level - 1)}: ${repr1(map.get(key), level - 1)}`)
  if (map.size > MAX_DICT) pieces.push(FILL)
  return `{${pieces.join(', ')}}`
}

/** `_possibly_sorted`: sorted when the items compare (here: all numbers, or all strings). */
function possiblySorted(items: unknown[]): unknown[] {
  if (items.every((x) => typeof x === 'number')) return [...items].sort((a, b) => (a as number) - (b as number))
  if (items.every((x) => typeof x === 'string')) return [...items].sort()
  return items
}
