import { describe, expect, test } from 'vitest'
import type { Blocking } from '../../src/scheduler/coro.js'
import { runProgram } from '../../src/scheduler/program.js'
import { ValueError, async_def, asyncio, float, print, sys, time } from '../../src/scheduler/python.js'
import type { OutputEvent, Trace } from '../../src/scheduler/trace.js'

/** A program body that never blocks (a model's module body is a generator). */
function plain(body: () => void): () => Blocking<unknown> {
  return function* () {
    body()
  }
}

function lines(trace: Trace): Pick<OutputEvent, 't' | 'stream' | 'text'>[] {
  return trace.events.flatMap((event) => (event.kind === 'output' ? [{ t: event.t, stream: event.stream, text: event.text }] : []))
}

function texts(body: () => Blocking<unknown>): string[] {
  return lines(runProgram(body)).map((line) => line.text)
}

describe('print', () => {
  test('print() writes an empty line', () => {
    expect(texts(plain(() => {
      print()
    }))).toEqual([''])
  })

  test('joins arguments with sep and ends with end; None for either means the default', () => {
    expect(
      texts(plain(() => {
        print('a', 1, null, true, float(2), [1, 'x'])
        print('a', 'b', 'c', { sep: '-' })
        print('a', 'b', { sep: '', end: '!\n' })
        print('a', 'b', { sep: null, end: null })
        print({ end: 'no newline' })
      })),
    ).toEqual(["a 1 None True 2.0 [1, 'x']", 'a-b-c', 'ab!', 'a b', 'no newline'])
  })

  test("print('a', end='') then print('b') makes one line, timed when 'a' was written", () => {
    const trace = runProgram(function* () {
      print('a', { end: '' })
      yield* time.sleep(1.5)
      print('b')
      print('x\ny', { end: '' })
      yield* time.sleep(1)
      print('z')
    })
    expect(lines(trace)).toEqual([
      { t: 0, stream: 'stdout', text: 'ab' },
      { t: 1.5, stream: 'stdout', text: 'x' },
      { t: 1.5, stream: 'stdout', text: 'yz' },
    ])
  })

  test('file=sys.stderr writes to stderr, and each stream keeps its own pending line', () => {
    const trace = runProgram(plain(() => {
      print('out', { end: '' })
      print('err', { file: sys.stderr })
      print(' done')
    }))
    expect(lines(trace)).toEqual([
      { t: 0, stream: 'stderr', text: 'err' },
      { t: 0, stream: 'stdout', text: 'out done' },
    ])
  })

  test('an unterminated last line is emitted at exit', () => {
    expect(texts(plain(() => {
      print('bye', { end: '' })
    }))).toEqual(['bye'])
  })

  test('writes argument by argument, so a failing __str__ leaves the earlier ones written', () => {
    const bad = {
      __repr__(): string {
        throw new ValueError('no str')
      },
    }
    const trace = runProgram(plain(() => {
      print('a', bad, 'c')
    }))
    expect(lines(trace)).toEqual([{ t: 0, stream: 'stdout', text: 'a ' }])
    expect(trace.outcome).toMatchObject({ kind: 'exception', line: 'ValueError: no str' })
  })

  test('file= takes any object with write(), which receives each piece', () => {
    const pieces: string[] = []
    runProgram(plain(() => {
      print('a', 'b', { file: { write: (text: string) => pieces.push(text) } })
    }))
    expect(pieces).toEqual(['a', ' ', 'b', '\n'])
  })

  test('refuses a sep that is not a str, with CPython’s message', () => {
    const trace = runProgram(plain(() => {
      print('a', { sep: 5 as unknown as string })
    }))
    expect(trace.outcome).toMatchObject({ kind: 'exception', line: 'TypeError: sep must be None or a string, not int' })
  })

  test('records the task that printed', () => {
    const main = async_def(function* main() {
      yield* asyncio.sleep(0)
      print('in main')
    })
    const trace = runProgram(function* () {
      yield* asyncio.run(main())
    })
    expect(trace.events.find((event) => event.kind === 'output')).toMatchObject({ text: 'in main', task: 'Task-1', thread: 'MainThread' })
  })
})

describe('sys.stdout and sys.stderr', () => {
  test('write() returns the number of characters (code points) and splits lines', () => {
    const counts: unknown[] = []
    const trace = runProgram(plain(() => {
      counts.push(sys.stdout.write('汉字😀\nnext'))
      counts.push(sys.stderr.write('warn\n'))
      counts.push(sys.stdout.write(' line\n'))
    }))
    expect(counts).toEqual([8, 5, 6]) // '汉字😀\nnext' is 9 UTF-16 units but 8 code points
    expect(lines(trace).map((line) => `${line.stream}:${line.text}`)).toEqual(['stdout:汉字😀', 'stderr:warn', 'stdout:next line'])
  })

  test('write() refuses what is not a str, with CPython’s message', () => {
    const trace = runProgram(plain(() => {
      sys.stdout.write(5 as unknown as string)
    }))
    expect(trace.outcome).toMatchObject({ kind: 'exception', line: 'TypeError: write() argument must be str, not int' })
  })

  test('sys.exit() ends the program; a non-zero status is an uncaught SystemExit', () => {
    expect(runProgram(plain(() => {
      sys.exit()
    })).outcome).toEqual({ kind: 'ok' })
    expect(runProgram(plain(() => {
      sys.exit(2)
    })).outcome).toMatchObject({ kind: 'exception', line: 'SystemExit: 2' })
  })
})
