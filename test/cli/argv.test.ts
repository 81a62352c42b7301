import { describe, expect, test } from 'vitest'
import { languageOf, parseArgv, type Invocation } from '../../src/cli/argv.js'
import { UsageError } from '../../src/errors.js'
import { displayWidth } from '../../src/ui/width.js'

const settings = { env: {}, version: '9.9.9', columns: 80 }
const parse = (argv: string[], env: Record<string, string> = {}): Invocation => parseArgv(argv, { ...settings, env })
const usage = (argv: string[]): UsageError => {
  try {
    parse(argv)
  } catch (error) {
    if (error instanceof UsageError) return error
    throw error
  }
  throw new Error(`${argv.join(' ')} parsed without error`)
}

const RUN_DEFAULTS = { lessons: [], engine: 'embedded', code: true, explain: true, json: false } as const

describe('argv → options', () => {
  test.each<[string[], Record<string, unknown>]>([
    [['run'], { command: 'run', options: RUN_DEFAULTS }],
    [['run', '3', 'create-task'], { command: 'run', options: { ...RUN_DEFAULTS, lessons: ['3', 'create-task'] } }],
    [
      ['run', '1', '--engine', 'python', '--no-code', '--no-explain', '--json'],
      { command: 'run', options: { lessons: ['1'], engine: 'python', code: false, explain: false, json: true } },
    ],
    [['list'], { command: 'list', options: { json: false } }],
    [['list', '--json'], { command: 'list', options: { json: true } }],
    [['show', 'await'], { command: 'show', options: { lesson: 'await' } }],
    [['check'], { command: 'check', options: { lessons: [], engines: ['embedded', 'python'], json: false } }],
    [['check', '2', '--engine', 'python', '--json'], { command: 'check', options: { lessons: ['2'], engines: ['python'], json: true } }],
    [['check', '--engine', 'embedded'], { command: 'check', options: { lessons: [], engines: ['embedded'], json: false } }],
    [['check', '--engine=all'], { command: 'check', options: { lessons: [], engines: ['embedded', 'python'], json: false } }],
  ])('%j', (argv, expected) => {
    expect(parse(argv)).toMatchObject(expected)
  })

  test.each([
    [['--lang', 'zh', 'list'], 'zh'],
    [['list', '--lang', 'zh'], 'zh'],
    [['run', '1', '--lang=both'], 'both'],
    [['list'], 'en'],
  ])('%j chooses the language %s', (argv, lang) => {
    expect(parse(argv).global.lang).toBe(lang)
  })

  test('--no-color is a global option, before or after the command', () => {
    expect(parse(['--no-color', 'list']).global.color).toBe(false)
    expect(parse(['list', '--no-color']).global.color).toBe(false)
    expect(parse(['list']).global.color).toBeUndefined()
  })

  test('--version prints the version only', () => {
    expect(parse(['--version'])).toMatchObject({ command: 'version', text: '9.9.9\n' })
    expect(parse(['-V'])).toMatchObject({ command: 'version', text: '9.9.9\n' })
  })

  test('no command asks for the menu, carrying the help for when there is no terminal', () => {
    expect(parse([])).toMatchObject({ command: 'menu', text: expect.stringContaining('Usage: asyncio-lessons [options] [command]') })
    expect(parse(['--lang', 'zh'])).toMatchObject({ command: 'menu', global: { lang: 'zh' }, text: expect.stringContaining('用法：') })
  })

  test('--help and help <command> give help for stdout', () => {
    expect(parse(['help'])).toMatchObject({ command: 'help', text: expect.stringContaining('Usage: asyncio-lessons [options] [command]') })
    expect(parse(['--help'])).toMatchObject({ command: 'help', text: expect.stringContaining('Examples:') })
    expect(parse(['help', 'check'])).toMatchObject({ command: 'help', text: expect.stringContaining('Usage: asyncio-lessons check') })
    expect(parse(['run', '-h'])).toMatchObject({ command: 'help', text: expect.stringContaining('--no-explain') })
  })

  test('help is translated, titles included', () => {
    const help = parse(['--lang', 'zh', '--help'])
    expect(help).toMatchObject({ command: 'help', text: expect.stringContaining('用法：') })
    expect(help).toMatchObject({ text: expect.stringContaining('示例：') })
    expect(parse(['run', '--help'], { LANG: 'zh_CN.UTF-8' })).toMatchObject({ text: expect.stringContaining('（可选：embedded, python；默认：embedded）') })
  })

  test('Chinese help wraps by display width', () => {
    const help = parseArgv(['help', 'run'], { env: { LANG: 'zh_CN.UTF-8' }, version: '1', columns: 60 })
    if (help.command !== 'help') throw new Error('expected help')
    expect(Math.max(...help.text.split('\n').map(displayWidth))).toBeLessThanOrEqual(60)
    expect(help.text).toContain('课程的编号')
  })
})

describe('real-time playback', () => {
  test('--realtime plays at the program\'s pace; --speed sets the factor and implies --realtime', () => {
    expect(parse(['run', '3'])).not.toHaveProperty('options.realtime')
    expect(parse(['run', '3', '--realtime'])).toMatchObject({ options: { realtime: { speed: 1 } } })
    expect(parse(['run', '3', '--realtime', '--speed', '10'])).toMatchObject({ options: { realtime: { speed: 10 } } })
    expect(parse(['run', '--speed=0.5'])).toMatchObject({ options: { realtime: { speed: 0.5 } } })
  })

  test.each(['0', '-2', 'fast', '', 'Infinity', 'NaN'])('--speed %j is a usage error in both languages', (value) => {
    const error = usage(['run', '3', '--speed', value])
    expect(error.exitCode).toBe(2)
    expect(error.text.en).toBe(
      `--speed must be a number greater than 0, like 10 (ten times faster) or 0.5 (half speed); "${value}" is not.\n` +
        'Run "asyncio-lessons run --help" to see what it accepts.',
    )
    expect(error.text.zh).toContain(`--speed 必须是大于 0 的数，例如 10（快十倍）或 0.5（半速）；"${value}" 不是。`)
  })

  test('--realtime cannot be combined with --json', () => {
    expect(usage(['run', '--realtime', '--json']).text.en).toContain("option '--realtime' cannot be used with option '--json'")
  })
})

describe('argv errors are usage errors (exit 2) with a hint', () => {
  test('an unknown option', () => {
    const error = usage(['run', '--fast'])
    expect(error.exitCode).toBe(2)
    expect(error.text.en).toBe("unknown option '--fast'\nRun \"asyncio-lessons run --help\" to see what it accepts.")
    expect(error.text.zh).toContain('运行 "asyncio-lessons run --help" 查看可用的参数和选项。')
  })

  test('a bad engine names the allowed values', () => {
    expect(usage(['run', '--engine', 'pypy']).text.en).toContain("argument 'pypy' is invalid. Allowed choices are embedded, python.")
  })

  test('a bad language', () => {
    expect(usage(['--lang', 'fr', 'list']).text.en).toContain("argument 'fr' is invalid")
  })

  test('an unknown command, with a suggestion when one is close', () => {
    expect(usage(['frobnicate']).text.en).toContain("unknown command 'frobnicate'")
    expect(usage(['chek']).text.en).toContain('(Did you mean check?)')
  })

  test('a missing lesson for show', () => {
    expect(usage(['show']).text.en).toContain("missing required argument 'lesson'")
  })
})

describe('the language', () => {
  test.each([
    [{}, 'en'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW' }, 'zh'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LC_MESSAGES: 'zh_CN', LANG: 'en_US' }, 'zh'],
    [{ LC_ALL: 'C', LC_MESSAGES: 'zh_CN', LANG: 'zh_CN' }, 'en'],
    [{ LC_ALL: '', LANG: 'zh_CN' }, 'zh'],
  ])('%j → %s', (env, lang) => {
    expect(languageOf([], env)).toBe(lang)
  })

  test('--lang wins over the locale, but an invalid value is left for commander to reject', () => {
    expect(languageOf(['--lang', 'en'], { LANG: 'zh_CN' })).toBe('en')
    expect(languageOf(['--lang', 'fr'], { LANG: 'zh_CN' })).toBe('zh')
    expect(languageOf(['--', '--lang', 'en'], { LANG: 'zh_CN' })).toBe('zh')
  })
})
