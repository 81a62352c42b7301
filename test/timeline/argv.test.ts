import { describe, expect, test } from 'vitest'
import { parseArgv } from '../../src/cli/argv.js'
import { UsageError } from '../../src/errors.js'

const parse = (argv: string[]): unknown => {
  const invocation = parseArgv(argv, { env: {}, version: '1', columns: 80 })
  return invocation.command === 'run' ? invocation.options.timeline : invocation.command
}

describe('the timeline options of run', () => {
  test.each<[string[], unknown]>([
    [['run', '3'], undefined],
    [['run', '3', '--timeline'], { format: 'text' }],
    [['run', '3', '--timeline-format', 'text'], { format: 'text' }],
    [['run', '3', '--timeline-format', 'svg'], { format: 'svg' }],
    [['run', '3', '--timeline', '--timeline-format', 'svg'], { format: 'svg' }],
    [['run', '3', '--timeline-out', 'a.svg'], { format: 'svg', out: 'a.svg' }],
    [['run', '3', '--timeline-format', 'svg', '--timeline-out', 'a.svg'], { format: 'svg', out: 'a.svg' }],
    [['run', '3', '--timeline', '--realtime'], { format: 'text' }],
  ])('%j asks for %j', (argv, expected) => {
    expect(parse(argv)).toEqual(expected)
  })

  test.each([
    [['run', '3', '--timeline', '--json'], "option '--timeline' cannot be used with option '--json'"],
    [['run', '3', '--timeline-format', 'svg', '--json'], 'cannot be used with'],
    [['run', '3', '--timeline-format', 'png'], 'Allowed choices are text, svg'],
    [['run', '3', '--timeline-format', 'text', '--timeline-out', 'a.svg'], '--timeline-out writes an SVG file'],
  ])('%j is a usage error saying %j', (argv, words) => {
    expect(() => parse(argv)).toThrow(UsageError)
    expect(() => parse(argv)).toThrow(words)
  })

  test('run --json alone still works: the default text format is no conflict', () => {
    expect(parse(['run', '3', '--json'])).toBeUndefined()
  })
})
