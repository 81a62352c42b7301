/**
 * Python's `time` module on the world's virtual clock.
 *
 * Monotonic clocks (`monotonic`, `perf_counter`) read virtual seconds since the program started;
 * the wall clock (`time`, `localtime`, `strftime`) reads the world's epoch plus that, in UTC, so a
 * run prints the same wall-clock times every time. `sleep` blocks the calling thread.
 */
import type { BlockReply, Blocking } from './coro.js'
import { ValueError } from './exceptions.js'
import { world } from './world.js'

export function monotonic(): number {
  return world().now
}

export const perf_counter = monotonic

export function time(): number {
  const w = world()
  return w.epoch + w.now
}

/** `time.sleep(secs)`: blocks this thread (and, in a coroutine, its whole event loop). */
export function* sleep(secs: number): Blocking<void> {
  if (secs < 0) throw new ValueError('sleep length must be non-negative')
  const reply = (yield { kind: 'sleep', seconds: secs }) as BlockReply
  if (reply.error !== undefined) throw reply.error
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `time.struct_time`, UTC. */
export interface StructTime {
  readonly tm_year: number
  readonly tm_mon: number
  readonly tm_mday: number
  readonly tm_hour: number
  readonly tm_min: number
  readonly tm_sec: number
  /** Monday is 0, as in Python. */
  readonly tm_wday: number
  readonly tm_yday: number
}

/** `time.localtime(secs=None)`: the virtual wall clock, in UTC. */
export function localtime(secs?: number): StructTime {
  const date = new Date(Math.floor(secs ?? time()) * 1000)
  const startOfYear = Date.UTC(date.getUTCFullYear(), 0, 1)
  return {
    tm_year: date.getUTCFullYear(),
    tm_mon: date.getUTCMonth() + 1,
    tm_mday: date.getUTCDate(),
    tm_hour: date.getUTCHours(),
    tm_min: date.getUTCMinutes(),
    tm_sec: date.getUTCSeconds(),
    tm_wday: (date.getUTCDay() + 6) % 7,
    tm_yday: Math.floor((date.getTime() - startOfYear) / 86_400_000) + 1,
  }
}

export const gmtime = localtime

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** `time.strftime(format, t=None)` for the C-locale directives lessons use. */
export function strftime(format: string, t: StructTime = localtime()): string {
  return format.replace(/%([a-zA-Z%])/g, (whole, directive: string) => {
    switch (directive) {
      case 'Y':
        return String(t.tm_year)
      case 'y':
        return pad(t.tm_year % 100)
      case 'm':
        return pad(t.tm_mon)
      case 'd':
        return pad(t.tm_mday)
      case 'H':
        return pad(t.tm_hour)
      case 'I':
        return pad(((t.tm_hour + 11) % 12) + 1)
      case 'p':
        return t.tm_hour < 12 ? 'AM' : 'PM'
      case 'M':
        return pad(t.tm_min)
      case 'S':
        return pad(t.tm_sec)
      case 'j':
        return pad(t.tm_yday, 3)
      case 'a':
        return DAYS[t.tm_wday]!
      case 'A':
        return ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][t.tm_wday]!
      case 'b':
        return MONTHS[t.tm_mon - 1]!
      case 'B':
        return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][t.tm_mon - 1]!
      case 'X':
        return `${pad(t.tm_hour)}:${pad(t.tm_min)}:${pad(t.tm_sec)}`
      case 'x':
        return `${pad(t.tm_mon)}/${pad(t.tm_mday)}/${pad(t.tm_year % 100)}`
      case 'c':
        return asctime(t)
      case '%':
        return '%'
      default:
        return whole
    }
  })
}

/** `time.asctime(t=None)`: `Mon Jan  1 18:27:39 2024`. */
export function asctime(t: StructTime = localtime()): string {
  return `${DAYS[t.tm_wday]} ${MONTHS[t.tm_mon - 1]} ${String(t.tm_mday).padStart(2, ' ')} ${strftime('%X', t)} ${t.tm_year}`
}

export function ctime(secs?: number): string {
  return asctime(localtime(secs))
}
