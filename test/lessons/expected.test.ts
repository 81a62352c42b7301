import { describe, expect, test } from 'vitest'
import { formatExpected, formatLine, parseExpected, totalTime, traceLines, type TimedLine } from '../../src/lessons/expected.js'
import type { Trace } from '../../src/scheduler/trace.js'

describe('expected.out lines', () => {
  test('a stdout line is the time in brackets, one space, then the text', () => {
    expect(formatLine({ t: 1, kind: 'stdout', text: 'hello' })).toBe('[  1.000] hello')
    expect(formatLine({ t: 12.3456, kind: 'stdout', text: 'x' })).toBe('[ 12.346] x')
  })

  test('an empty printed line has no trailing space', () => {
    expect(formatLine({ t: 0, kind: 'stdout', text: '' })).toBe('[  0.000]')
    expect(parseExpected('[  0.000]\n').lines).toEqual([{ t: 0, kind: 'stdout', text: '' }])
  })

  test('other kinds are tagged right after the bracket, so no printed text can pass for one', () => {
    const lines: TimedLine[] = [
      { t: 0, kind: 'stdout', text: '<warning> not a warning' },
      { t: 0.5, kind: 'stderr', text: 'oops' },
      { t: 1, kind: 'warning', text: "RuntimeWarning: coroutine 'f' was never awaited" },
      { t: 1, kind: 'log', text: 'Task exception was never retrieved (Task-2) -> ValueError: boom' },
      { t: 2, kind: 'exception', text: 'ValueError: boom' },
    ]
    const text = formatExpected(lines)
    expect(text).toBe(
      [
        '[  0.000] <warning> not a warning',
        '[  0.500]<stderr> oops',
        "[  1.000]<warning> RuntimeWarning: coroutine 'f' was never awaited",
        '[  1.000]<log> Task exception was never retrieved (Task-2) -> ValueError: boom',
        '[  2.000]<exception> ValueError: boom',
        '',
      ].join('\n'),
    )
    expect(parseExpected(text)).toEqual({ lines, problems: [] })
  })

  test('comments and blank lines are ignored', () => {
    expect(parseExpected('# the golden\n\n[  1.000] hi\n').lines).toEqual([{ t: 1, kind: 'stdout', text: 'hi' }])
  })

  test('an unknown tag is a problem on its line', () => {
    expect(parseExpected('[  1.000] a\n[  1.000]<warn> b\n').problems).toEqual([
      { line: 2, message: expect.objectContaining({ en: expect.stringContaining('unknown kind <warn>') }) },
    ])
  })

  test('nothing may follow the outcome that ends the program', () => {
    expect(parseExpected('[  1.000]<exception> ValueError: x\n[  1.000] after\n').problems).toEqual([
      { line: 2, message: expect.objectContaining({ en: 'a line after the <exception> that ends the program' }) },
    ])
  })

  test('time may not go backwards', () => {
    expect(parseExpected('[  2.000] a\n[  1.000] b\n').problems).toEqual([
      { line: 2, message: expect.objectContaining({ en: 'time goes backwards (1.000 after 2.000)' }) },
    ])
  })

  test('a trace becomes its output, warnings and log lines, then its outcome; task events are left out', () => {
    const trace: Trace = {
      engine: 'embedded',
      events: [
        { kind: 'task', t: 0, task: 'Task-1', event: 'created', detail: 'main' },
        { kind: 'output', t: 0, stream: 'stdout', text: 'hi', thread: 'MainThread', task: 'Task-1' },
        { kind: 'warning', t: 1, category: 'RuntimeWarning', message: "coroutine 'f' was never awaited" },
        { kind: 'log', t: 1, message: 'Task exception was never retrieved', task: 'Task-2', exception: 'ValueError: x' },
      ],
      outcome: { kind: 'deadlock', t: 5, stuck: [{ task: 'Task-1', coro: 'main', waitsOn: 'Future' }] },
    }
    expect(traceLines(trace)).toEqual([
      { t: 0, kind: 'stdout', text: 'hi' },
      { t: 1, kind: 'warning', text: "RuntimeWarning: coroutine 'f' was never awaited" },
      { t: 1, kind: 'log', text: 'Task exception was never retrieved (Task-2) -> ValueError: x' },
      { t: 5, kind: 'deadlock', text: 'Task-1 main() waits on Future' },
    ])
  })

  test("a program's total is the time of its last line", () => {
    expect(totalTime([])).toBe(0)
    expect(totalTime(parseExpected('[  1.000] a\n[  3.000] b\n').lines)).toBe(3)
  })
})
