/**
 * Python's `time` module on the world's virtual clock, as the CPython harness patches it
 * (python/asyncio_lessons_harness/clock.py) and run with TZ=UTC.
 *
 * Invariants (each is what the harness does, so both engines print the same numbers):
 * - Monotonic clocks (`monotonic`, `perf_counter`) read the virtual seconds since the program
 *   started, `world.now`, starting at 0.0. The `_ns` variants are `round(now * 1e9)`.
 * - The wall clock (`time`) is `epoch + now` in doubles; `time_ns` is `round(epoch * 1e9) +
 *   round(now * 1e9)` (a bigint: wall-clock nanoseconds exceed 2^53).
 * - The local time zone is UTC: `localtime` and `gmtime` differ only in `tm_zone` (`UTC`, `GMT`),
 *   which is what `%Z` prints.
 * - `strftime` is glibc's in the C locale (CPython calls the C library): English names, `%c` is
 *   `Mon Jan  1 18:27:39 2024`, unknown directives are copied as written, and glibc's flags
 *   (`%-d`, `%_H`, `%^a`, `%#p`, widths) work, except widths on the shorthand directives
 *   (`%010D`), which glibc applies in ways no lesson needs.
 * - `sleep` blocks the calling thread: in a coroutine it freezes the whole event loop, as in Python.
 * - Every function returns plain numbers (see pyrepr.ts on printing integral floats).
 */
import type { BlockReply, Blocking } from './coro.js'
import { OverflowError, ValueError } from './exceptions.js'
import { roundHalfEven } from './pyfloat.js'
import { Tuple, repr } from './pyrepr.js'
import { world } from './world.js'

export function monotonic(): number {
  return world().now
}

export function monotonic_ns(): number {
  return roundHalfEven(world().now * 1e9)
}

export const perf_counter = monotonic
export const perf_counter_ns = monotonic_ns

export function time(): number {
  const w = world()
  return w.epoch + w.now
}

export function time_ns(): bigint {
  const w = world()
  return BigInt(roundHalfEven(w.epoch * 1e9)) + BigInt(roundHalfEven(w.now * 1e9))
}

/** `time.sleep(secs)`: blocks this thread (and, in a coroutine, its whole event loop). */
export function* sleep(secs: number): Blocking<void> {
  if (Number.isNaN(secs)) throw new ValueError('Invalid value NaN (not a number)')
  if (secs < 0) throw new ValueError('sleep length must be non-negative')
  if (!Number.isFinite(secs)) throw new OverflowError('timestamp too large to convert to C _PyTime_t')
  const reply = (yield { kind: 'sleep', seconds: secs }) as BlockReply
  if (reply.error !== undefined) throw reply.error
}

/** `time.timezone`, `time.altzone`, `time.daylight`: UTC has no offset and no summer time. */
export const timezone = 0
export const altzone = 0
export const daylight = 0
export const tzname = new Tuple('UTC', 'UTC')

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** `time.struct_time`. */
export class struct_time {
  constructor(
    readonly tm_year: number,
    readonly tm_mon: number,
    readonly tm_mday: number,
    readonly tm_hour: number,
    readonly tm_min: number,
    readonly tm_sec: number,
    /** Monday is 0, as in Python. */
    readonly tm_wday: number,
    /** January 1st is 1. */
    readonly tm_yday: number,
    readonly tm_isdst: number,
    readonly tm_zone: string,
    readonly tm_gmtoff: number,
  ) {}

  __repr__(): string {
    const fields = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'] as const
    return `time.struct_time(${fields.map((name) => `${name}=${repr(this[name])}`).join(', ')})`
  }
}

function breakDown(secs: number | undefined, zone: string): struct_time {
  // CPython converts the float with _PyTime_ROUND_FLOOR.
  const seconds = Math.floor(secs ?? time())
  const date = new Date(seconds * 1000)
  if (Number.isNaN(date.getTime())) throw new OverflowError('timestamp out of range for platform time_t')
  const startOfYear = Date.UTC(date.getUTCFullYear(), 0, 1)
  return new struct_time(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    (date.getUTCDay() + 6) % 7,
    Math.floor((date.getTime() - startOfYear) / 86_400_000) + 1,
    0,
    zone,
    0,
  )
}

/** `time.localtime(secs=None)`: the virtual wall clock, in UTC. */
export function localtime(secs?: number | null): struct_time {
  return breakDown(secs ?? undefined, 'UTC')
}

/** `time.gmtime(secs=None)`. */
export function gmtime(secs?: number | null): struct_time {
  return breakDown(secs ?? undefined, 'GMT')
}

/** `time.mktime(t)`: seconds since the epoch, as a float, for a UTC struct_time. */
export function mktime(t: struct_time): number {
  return Date.UTC(t.tm_year, t.tm_mon - 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec) / 1000
}

const pad = (n: number, width: number, fill = '0'): string => {
  const digits = String(Math.abs(n)).padStart(width - (n < 0 ? 1 : 0), fill)
  return n < 0 ? '-' + digits : digits
}

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/** glibc's `iso_week_days`: days since the Monday of the ISO week-1 for this year. */
function isoWeekDays(yday0: number, sundayWday: number): number {
  const bigEnoughMultipleOf7 = (Math.floor(366 / 7) + 2) * 7
  return yday0 - ((yday0 - sundayWday + 4 + bigEnoughMultipleOf7) % 7) + 4 - 1
}

/** `%G` and `%V`: the ISO 8601 year and week number. */
function isoWeek(t: struct_time): { year: number; week: number } {
  const yday0 = t.tm_yday - 1
  const wday = (t.tm_wday + 1) % 7
  let year = t.tm_year
  let days = isoWeekDays(yday0, wday)
  if (days < 0) {
    year--
    days = isoWeekDays(yday0 + (isLeap(year) ? 366 : 365), wday)
  } else {
    const next = isoWeekDays(yday0 - (isLeap(year) ? 366 : 365), wday)
    if (next >= 0) {
      year++
      days = next
    }
  }
  return { year, week: Math.floor(days / 7) + 1 }
}

/** A numeric directive: its value, default width, and default padding (`0`, or `_` for spaces). */
function numeric(conversion: string, t: struct_time): [number, number, '0' | '_'] | null {
  const sundayWday = (t.tm_wday + 1) % 7
  const yday0 = t.tm_yday - 1
  const hour12 = ((t.tm_hour + 11) % 12) + 1
  switch (conversion) {
    case 'C':
      return [Math.floor(t.tm_year / 100), 2, '0']
    case 'd':
      return [t.tm_mday, 2, '0']
    case 'e':
      return [t.tm_mday, 2, '_']
    case 'g':
      return [(((isoWeek(t).year % 100) + 100) % 100), 2, '0']
    case 'G':
      return [isoWeek(t).year, 1, '0']
    case 'H':
      return [t.tm_hour, 2, '0']
    case 'I':
      return [hour12, 2, '0']
    case 'j':
      return [t.tm_yday, 3, '0']
    case 'k':
      return [t.tm_hour, 2, '_']
    case 'l':
      return [hour12, 2, '_']
    case 'm':
      return [t.tm_mon, 2, '0']
    case 'M':
      return [t.tm_min, 2, '0']
    case 's':
      return [mktime(t), 1, '0']
    case 'S':
      return [t.tm_sec, 2, '0']
    case 'u':
      return [t.tm_wday + 1, 1, '0']
    case 'U':
      return [Math.floor((yday0 - sundayWday + 7) / 7), 2, '0']
    case 'V':
      return [isoWeek(t).week, 2, '0']
    case 'w':
      return [sundayWday, 1, '0']
    case 'W':
      return [Math.floor((yday0 - ((sundayWday + 6) % 7) + 7) / 7), 2, '0']
    case 'y':
      return [((t.tm_year % 100) + 100) % 100, 2, '0']
    case 'Y':
      return [t.tm_year, 1, '0']
  }
  return null
}

/**
 * A word directive: its text, and what glibc's `#` flag does to it (upper- or lower-cases it, or
 * nothing). `fixed`: neither `#` nor `^` changes it (`%P` stays lower case).
 */
function word(conversion: string, t: struct_time): [string, 'upper' | 'lower' | 'fixed' | null] | null {
  switch (conversion) {
    case 'a':
      return [DAYS[t.tm_wday]!.slice(0, 3), 'upper']
    case 'A':
      return [DAYS[t.tm_wday]!, 'upper']
    case 'b':
    case 'h':
      return [MONTHS[t.tm_mon - 1]!.slice(0, 3), 'upper']
    case 'B':
      return [MONTHS[t.tm_mon - 1]!, 'upper']
    case 'p':
      return [t.tm_hour < 12 ? 'AM' : 'PM', 'lower']
    case 'P':
      return [t.tm_hour < 12 ? 'am' : 'pm', 'fixed']
    case 'z':
      return ['+0000', null]
    case 'Z':
      return [t.tm_zone, 'lower']
    case 'n':
      return ['\n', null]
    case 't':
      return ['\t', null]
    case '%':
      return ['%', null]
  }
  return null
}

/** Directives that are shorthands for other formats (C locale). Flags and widths do not apply. */
const COMPOSITES: Record<string, string> = {
  c: '%a %b %e %H:%M:%S %Y',
  D: '%m/%d/%y',
  F: '%Y-%m-%d',
  r: '%I:%M:%S %p',
  R: '%H:%M',
  T: '%H:%M:%S',
  x: '%m/%d/%y',
  X: '%H:%M:%S',
}

/** Which conversions accept glibc's `E` and `O` modifiers (others are copied as written). */
const E_MODIFIED = new Set(['c', 'C', 'x', 'X', 'y', 'Y'])
const O_MODIFIED = new Set(['b', 'B', 'h', 'd', 'e', 'H', 'I', 'k', 'l', 'm', 'M', 'S', 'u', 'U', 'V', 'w', 'W', 'y'])

const DIRECTIVE = /%([-_0^#]*)([0-9]*)([EO]?)([\s\S]?)/g

function expand(format: string, t: struct_time): string {
  return format.replace(DIRECTIVE, (whole, flags: string, widthText: string, modifier: string, conversion: string) => {
    const width = widthText === '' ? -1 : Number(widthText)
    const padFlag = [...flags].reverse().find((flag) => flag === '-' || flag === '_' || flag === '0')
    const spaces = (text: string, fill = ' '): string => (width > text.length ? fill.repeat(width - text.length) + text : text)
    const known =
      conversion !== '' &&
      (modifier === '' || (modifier === 'E' ? E_MODIFIED : O_MODIFIED).has(conversion)) &&
      (Object.hasOwn(COMPOSITES, conversion) || numeric(conversion, t) !== null || word(conversion, t) !== null)
    if (!known) return spaces(whole)
    if (Object.hasOwn(COMPOSITES, conversion)) return expand(COMPOSITES[conversion]!, t)
    const number = numeric(conversion, t)
    if (number !== null) {
      const [value, digits, defaultPad] = number
      const padding = padFlag ?? defaultPad
      if (padding === '-') return spaces(String(value))
      return pad(value, width < 0 ? digits : width, padding === '_' ? ' ' : '0')
    }
    const [text, hashCase] = word(conversion, t)!
    let out = text
    if (hashCase !== 'fixed' && flags.includes('^')) out = out.toUpperCase()
    else if (flags.includes('#') && hashCase === 'upper') out = out.toUpperCase()
    else if (flags.includes('#') && hashCase === 'lower') out = out.toLowerCase()
    return spaces(out, padFlag === '0' ? '0' : ' ')
  })
}

/** `time.strftime(format, t=localtime())`. */
export function strftime(format: string, t: struct_time = localtime()): string {
  return expand(format, t)
}

/** `time.asctime(t=localtime())`: `Mon Jan  1 18:27:39 2024` (CPython's own layout, not the C library's). */
export function asctime(t: struct_time = localtime()): string {
  const day = DAYS[t.tm_wday]!.slice(0, 3)
  const month = MONTHS[t.tm_mon - 1]!.slice(0, 3)
  return `${day} ${month}${String(t.tm_mday).padStart(3, ' ')} ${pad(t.tm_hour, 2)}:${pad(t.tm_min, 2)}:${pad(t.tm_sec, 2)} ${t.tm_year}`
}

/** `time.ctime(secs=None)`. */
export function ctime(secs?: number | null): string {
  return asctime(localtime(secs))
}
