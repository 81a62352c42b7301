/**
 * The order in which CPython iterates (and so prints) a set: hash-table slot order, not insertion
 * order. `print({3, 1, 2})` shows `{1, 2, 3}`.
 *
 * Invariants:
 * - Only values whose hash CPython computes the same way in every process are ordered: int, bool,
 *   float (not nan) and tuples of those. `str` hashes are salted per process (PYTHONHASHSEED) and
 *   `None`'s hash is its address in 3.11, so CPython itself prints such sets in a different order
 *   from run to run; for them `setOrder` answers null and the caller keeps insertion order.
 * - The table is rebuilt by replaying the insertions of the JavaScript Set in its (insertion)
 *   order into `setobject.c`'s algorithm: linear probes of 9, perturbed probing, resize at 3/5
 *   full. A Python set that had elements removed can keep a different layout (dummy slots); lesson
 *   programs that print such sets are not reproduced exactly.
 */
import { decomposeDouble } from './pyfloat.js'

const MODULUS = (1n << 61n) - 1n // _PyHASH_MODULUS
const INF_HASH = 314159n
const U64 = (x: bigint): bigint => BigInt.asUintN(64, x)
const I64 = (x: bigint): bigint => BigInt.asIntN(64, x)

function fixMinusOne(h: bigint): bigint {
  return h === -1n ? -2n : h
}

function intHash(n: bigint): bigint {
  const h = (n < 0n ? -n : n) % MODULUS
  return fixMinusOne(n < 0n ? -h : h)
}

/** `_Py_HashDouble`: the hash of the exact rational value, so `hash(2.0) == hash(2)`. */
export function floatHash(x: number): bigint | null {
  if (Number.isNaN(x)) return null
  if (!Number.isFinite(x)) return x > 0 ? INF_HASH : -INF_HASH
  if (Number.isInteger(x)) return intHash(BigInt(x))
  const { mantissa, exp2 } = decomposeDouble(x)
  // 2^61 ≡ 1 (mod 2^61 - 1), so multiplying by 2^e is a rotation by e mod 61.
  const h = (mantissa % MODULUS) * (1n << BigInt(((exp2 % 61) + 61) % 61)) % MODULUS
  return fixMinusOne(x < 0 ? -h : h)
}

const XXPRIME_1 = 11400714785074694791n
const XXPRIME_2 = 14029467366897019727n
const XXPRIME_5 = 2870177450012600261n

/** `tuplehash` (xxHash-based since 3.8). */
export function tupleHash(items: readonly unknown[]): bigint | null {
  let acc = XXPRIME_5
  for (const item of items) {
    const lane = pyHash(item)
    if (lane === null) return null
    acc = U64(acc + U64(lane) * XXPRIME_2)
    acc = U64((acc << 31n) | (acc >> 33n))
    acc = U64(acc * XXPRIME_1)
  }
  acc = U64(acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n)))
  return acc === U64(-1n) ? 1546275796n : I64(acc)
}

/** An object that states its Python hash (null: not the same in every process). */
export interface Hashable {
  __hash__(): bigint | null
}

/** `hash(value)` where every CPython process agrees on it; null otherwise. */
export function pyHash(value: unknown): bigint | null {
  switch (typeof value) {
    case 'boolean':
      return value ? 1n : 0n
    case 'bigint':
      return intHash(value)
    case 'number':
      return floatHash(value)
  }
  if (typeof value === 'object' && value !== null && typeof (value as Hashable).__hash__ === 'function') {
    return (value as Hashable).__hash__()
  }
  return null
}

const MIN_SIZE = 8
const LINEAR_PROBES = 9n
const PERTURB_SHIFT = 5n

/** A set's hash table: slot → index of the value in the caller's list. */
class SetTable {
  slots: (number | undefined)[]
  used = 0

  constructor(
    private readonly hashes: readonly bigint[],
    size = MIN_SIZE,
  ) {
    this.slots = new Array<number | undefined>(size).fill(undefined)
  }

  /** Table order, as iteration sees it. */
  order(): number[] {
    return this.slots.filter((slot): slot is number => slot !== undefined)
  }

  /** `set_insert_clean`: the first free slot along the key's probe sequence. */
  insertClean(index: number): void {
    const mask = BigInt(this.slots.length - 1)
    let perturb = U64(this.hashes[index]!)
    let i = perturb & mask
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0n
      for (let j = 0n; j <= probes; j++) {
        if (this.slots[Number(i + j)] === undefined) {
          this.slots[Number(i + j)] = index
          this.used += 1
          return
        }
      }
      perturb >>= PERTURB_SHIFT
      i = (i * 5n + 1n + perturb) & mask
    }
  }

  /** `set_add_entry` for a new key: insert, then grow once the table is 3/5 full. */
  add(index: number): void {
    this.insertClean(index)
    // fill == used: nothing is ever removed here.
    if (this.used * 5 < (this.slots.length - 1) * 3) return
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4)
  }

  /** `set_table_resize`: the smallest power of two above `minUsed`, refilled in table order. */
  resize(minUsed: number): void {
    const old = this.order()
    let size = MIN_SIZE
    while (size <= minUsed) size *= 2
    this.slots = new Array<number | undefined>(size).fill(undefined)
    this.used = 0
    for (const index of old) this.insertClean(index)
  }

  /** `set_merge` of `other` into this empty set (what `set(s)` and `SET_UPDATE` do). */
  merge(other: SetTable): void {
    if ((this.used + other.used) * 5 >= (this.slots.length - 1) * 3) this.resize((this.used + other.used) * 2)
    if (this.slots.length === other.slots.length) {
      this.slots = [...other.slots]
      this.used = other.used
    } else {
      for (const index of other.order()) this.insertClean(index)
    }
  }
}

/**
 * The positions of `values` (distinct, in insertion order) in CPython's iteration order, or null
 * when some value's hash differs between processes.
 *
 * `displayed` values at the start came from a set display of three or more constants
 * (`{3, 1, 2}`): CPython compiles it to a frozenset constant (built from a tuple, then rebuilt from
 * that frozenset when constants are merged) and copies that into a new set. Later values were
 * added one by one.
 */
export function setOrder(values: readonly unknown[], displayed = 0): number[] | null {
  const hashes: bigint[] = []
  for (const value of values) {
    const hash = pyHash(value)
    if (hash === null) return null
    hashes.push(hash)
  }
  const table = new SetTable(hashes)
  let start = 0
  if (displayed >= 3) {
    const folded = new SetTable(hashes)
    for (let index = 0; index < displayed; index++) folded.add(index)
    const rebuilt = new SetTable(hashes)
    for (const index of folded.order()) rebuilt.add(index)
    table.merge(rebuilt)
    start = displayed
  }
  for (let index = start; index < hashes.length; index++) table.add(index)
  return table.order()
}
