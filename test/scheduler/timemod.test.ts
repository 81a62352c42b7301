import { describe, expect, test } from 'vitest'
import type { Blocking } from '../../src/scheduler/coro.js'
import { runProgram } from '../../src/scheduler/program.js'
import { float, print, repr, time } from '../../src/scheduler/python.js'
import type { Trace } from '../../src/scheduler/trace.js'
import { askPython } from './python-oracle.js'

/** A program body that never blocks (a model's module body is a generator). */
function plain(body: () => void): () => Blocking<unknown> {
  return function* () {
    body()
  }
}

function outputOf(trace: Trace): string[] {
  return trace.events.flatMap((event) => (event.kind === 'output' ? [event.text] : []))
}

function run(body: () => Blocking<unknown>, epoch?: number): Trace {
  return runProgram(body, epoch === undefined ? {} : { epoch })
}

describe('the clocks', () => {
  test('start at 0.0 (monotonic) and at the epoch 2024-01-01 18:27:39 UTC (wall)', () => {
    const trace = run(plain(() => {
      print(float(time.monotonic()), float(time.perf_counter()), time.monotonic_ns(), time.perf_counter_ns())
      print(float(time.time()), time.time_ns())
      print(time.strftime('%Y-%m-%d %X'), time.ctime())
    }))
    expect(outputOf(trace)).toEqual(['0.0 0.0 0 0', '1704133659.0 1704133659000000000', '2024-01-01 18:27:39 Mon Jan  1 18:27:39 2024'])
  })

  test('follow time.sleep with the same doubles CPython computes (epoch + now, round(now * 1e9))', () => {
    const steps = [0.1, 0.1, 0.1, 0.2, 1 / 3, 1e-7, 0.5, 2, 0.3]
    const trace = run(function* () {
      for (const step of steps) {
        yield* time.sleep(step)
        print(repr(time.monotonic()), repr(time.time()), time.monotonic_ns(), time.time_ns())
      }
    })
    const expected = askPython<string[]>(
      `epoch, now, out = 1704133659.0, 0.0, []
for step in data:
    now += step
    out.append(f'{now!r} {epoch + now!r} {round(now * 1e9)} {round(epoch * 1e9) + round(now * 1e9)}')
print(json.dumps(out))`,
      steps,
    )
    expect(outputOf(trace)).toEqual(expected)
  })

  test('read a configurable epoch', () => {
    const trace = run(plain(() => {
      print(time.strftime('%c'), float(time.time()))
    }), 0)
    expect(outputOf(trace)).toEqual(['Thu Jan  1 00:00:00 1970 0.0'])
  })

  test('time.sleep refuses what CPython refuses', () => {
    const errorOf = (secs: number): string => {
      const trace = run(function* () {
        yield* time.sleep(secs)
      })
      return trace.outcome.kind === 'exception' ? trace.outcome.line : 'no error'
    }
    expect(errorOf(-1)).toBe('ValueError: sleep length must be non-negative')
    expect(errorOf(NaN)).toBe('ValueError: Invalid value NaN (not a number)')
    expect(errorOf(Infinity)).toBe('OverflowError: timestamp too large to convert to C _PyTime_t')
  })
})

describe('struct_time, strftime, asctime, ctime', () => {
  const timestamps = [0, 1704133659, 1704133659.75, 951782400, 1709164800, 1735603200, 1735689599, 1609459200, 1262304000, 2147483647, 4102444800, 1e10, -1, -86400 * 365, 1230768000, 1293753600, 1356912000]
  const directives = [...'aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%'].map((d) => `%${d}`)
  const extras = [
    '%-d %-H %_d %05d %^a %#b %10Y %Ey %Od %-m/%-d', '%10a|%010a|%-10a|%_5d|%-5d|%5e|%-e|%0e|%_H', '%^p %#p %#Z %^Z %#a %#A %^P %#P',
    '%5%|%-%|%5Q|%-5Q|%-y|%3C|%_3j|%5k|%-k|%0k', '%Ex %EX %Ec %EC %EY %Oy %OH %Ok %Oe %Ob', '%E|%O|%Ea|%+4Y|%f|%Q|%',
    'a%', '%%%', '时间 %H时%M分', 'started at %X', '%I:%M %p on %A, %B %d, %Y',
  ]
  const formats = [...directives, ...extras]

  test('match CPython (TZ=UTC) for every directive, with glibc flags, at many dates', () => {
    const expected = askPython<string[][]>(
      `import time
fmts = ${JSON.stringify(formats)}
out = []
for secs in data:
    for t in (time.localtime(secs), time.gmtime(secs)):
        out.append([repr(t), time.asctime(t), time.ctime(secs), repr(time.mktime(t)), t.tm_zone] + [time.strftime(f, t) for f in fmts])
print(json.dumps(out))`,
      timestamps,
    )
    const got = timestamps.flatMap((secs) =>
      [time.localtime(secs), time.gmtime(secs)].map((t) => [repr(t), time.asctime(t), time.ctime(secs), repr(float(time.mktime(t))), t.tm_zone, ...formats.map((f) => time.strftime(f, t))]),
    )
    expect(got).toEqual(expected)
  })

  test('default to the virtual wall clock', () => {
    const trace = run(function* () {
      yield* time.sleep(3661.5)
      const t = time.localtime()
      print(t.tm_hour, t.tm_min, t.tm_sec, time.strftime('%X'), time.asctime())
    })
    expect(outputOf(trace)).toEqual(['19 28 40 19:28:40 Mon Jan  1 19:28:40 2024'])
  })

  test('module constants say UTC', () => {
    expect([time.timezone, time.altzone, time.daylight, repr(time.tzname)]).toEqual([0, 0, 0, "('UTC', 'UTC')"])
  })
})
