import { describe, expect, test } from 'vitest'
import { parseArgv, type Invocation } from '../../src/cli/argv.js'

const parse = (argv: string[]): Invocation => parseArgv(argv, { env: {}, version: '9.9.9', columns: 80 })

describe('--lessons and new on the command line', () => {
  test.each<[string[], readonly string[] | undefined]>([
    [['run', '--lessons', 'mine'], ['mine']],
    [['list', '--lessons=mine'], ['mine']],
    [['show', '1', '--lessons', 'mine'], ['mine']],
    [['quiz', '--lessons', 'mine', '2'], ['mine']],
    [['check', '--lessons', 'a', '--lessons', 'b', '--engine', 'embedded'], ['a', 'b']],
    [['check'], undefined],
  ])('%j reads the lesson folders %j', (argv, dirs) => {
    expect(parse(argv).global.lessonDirs).toEqual(dirs)
  })

  test('--lessons is not taken for a lesson name', () => {
    expect(parse(['check', '3', '--lessons', 'mine'])).toMatchObject({ command: 'check', options: { lessons: ['3'] } })
  })

  test('new takes a slug and a folder, ./lessons by default', () => {
    expect(parse(['new', 'my-lesson'])).toMatchObject({ command: 'new', options: { slug: 'my-lesson', dir: './lessons' } })
    expect(parse(['new', 'my-lesson', '--lessons', 'course'])).toMatchObject({ command: 'new', options: { slug: 'my-lesson', dir: 'course' } })
  })

  test('the help lists new and --lessons', () => {
    const help = parse(['--help'])
    expect(help).toMatchObject({ text: expect.stringContaining('new [options] <slug>') })
    expect(parse(['check', '--help'])).toMatchObject({ text: expect.stringContaining('--lessons <dir>') })
  })
})
