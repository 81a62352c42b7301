/** Finding Python's traceback of the uncaught exception among everything else written to stderr. */
import { describe, expect, test } from 'vitest'
import { pythonTraceback } from '../../src/cli/views/trace-traceback.js'
import type { Outcome, TraceEvent } from '../../src/scheduler/trace.js'

const boom: Outcome = { kind: 'exception', t: 1, type: 'ValueError', line: 'ValueError: boom' }
const stderrLine = (text: string): TraceEvent => ({ kind: 'output', t: 0, stream: 'stderr', text, thread: 'MainThread' })

const TRACEBACK = ['Traceback (most recent call last):', '  File "/p/x.py", line 3, in <module>', '    raise ValueError("boom")', 'ValueError: boom'].join('\n')

describe('pythonTraceback', () => {
  test('finds the traceback after the program’s own stderr lines', () => {
    const stderr = `oops\n${TRACEBACK}\n`
    expect(pythonTraceback(stderr, [stderrLine('oops')], boom)).toBe(TRACEBACK)
  })

  test('skips a traceback the program printed itself, even one ending the same way', () => {
    const stderr = `${TRACEBACK}\n${TRACEBACK.replace('line 3', 'line 9')}\n`
    const printed = TRACEBACK.split('\n').map(stderrLine)
    expect(pythonTraceback(stderr, printed, boom)).toBe(TRACEBACK.replace('line 3', 'line 9'))
  })

  test('skips a log message’s traceback (after `future: <Task ...>`) and stops before finalization logs', () => {
    const log = ['Task exception was never retrieved', "future: <Task finished name='Task-2'>", TRACEBACK].join('\n')
    const stderr = `${log}\n${TRACEBACK.replace('line 3', 'line 7')}\n${log}\n`
    expect(pythonTraceback(stderr, [], boom)).toBe(TRACEBACK.replace('line 3', 'line 7'))
  })

  test('keeps a chain of exceptions whole', () => {
    const chain = [
      'Traceback (most recent call last):',
      '  File "/p/x.py", line 2, in <module>',
      "KeyError: 'k'",
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      TRACEBACK,
    ].join('\n')
    expect(pythonTraceback(`${chain}\n`, [], boom)).toBe(chain)
  })

  test('a syntax error has no Traceback header: its File line starts it', () => {
    const message = ['  File "/p/bad.py", line 4', '    print("hi"', '         ^', "SyntaxError: '(' was never closed"].join('\n')
    const outcome: Outcome = { kind: 'exception', t: 0, type: 'SyntaxError', line: "SyntaxError: '(' was never closed" }
    expect(pythonTraceback(`${message}\n`, [], outcome)).toBe(message)
  })

  test('an exception group ends at its closing rule', () => {
    const group = [
      '  + Exception Group Traceback (most recent call last):',
      '  |   File "/p/x.py", line 9, in <module>',
      '  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)',
      '  +-+---------------- 1 ----------------',
      '    | Traceback (most recent call last):',
      '    | ValueError: boom',
      '    +------------------------------------',
    ].join('\n')
    const outcome: Outcome = { kind: 'exception', t: 0, type: 'ExceptionGroup', line: 'ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)' }
    expect(pythonTraceback(`${group}\n`, [], outcome)).toBe(group)
  })

  test('nothing rather than a wrong traceback when the exception’s line is not there, or the run did not raise', () => {
    expect(pythonTraceback('Traceback (most recent call last):\nKeyError: 1\n', [], boom)).toBeNull()
    expect(pythonTraceback(`${TRACEBACK}\n`, [], { kind: 'ok' })).toBeNull()
  })
})
