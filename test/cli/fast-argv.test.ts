/**
 * Which command lines the bin answers without commander (src/cli/fast-argv.ts): only those commander
 * would read the same way and accept; everything else, new commands and options included, is left
 * to the full CLI. (test/e2e/fast-path.test.ts checks that the answers are the full CLI's, byte for byte.)
 */
import { describe, expect, test } from 'vitest'
import { FAST_LANG_CHOICES, fastRequest } from '../../src/cli/fast-argv.js'
import { LANG_CHOICES } from '../../src/ui/i18n.js'

const list = (options: { lang?: string; color?: false; json?: boolean } = {}) => ({
  command: 'list',
  lang: options.lang,
  color: options.color,
  json: options.json ?? false,
})

describe('the fast path answers', () => {
  test.each([
    [['--version'], { command: 'version' }],
    [['-V'], { command: 'version' }],
    [['--lang', 'zh', '--version'], { command: 'version' }],
    [['--no-color', '-V'], { command: 'version' }],
    [['list'], list()],
    [['list', '--json'], list({ json: true })],
    [['list', '--json', '--json'], list({ json: true })],
    [['list', '--lang', 'zh'], list({ lang: 'zh' })],
    [['--lang', 'en', 'list'], list({ lang: 'en' })],
    [['--lang=both', 'list'], list({ lang: 'both' })],
    [['list', '--lang', 'zh', '--lang', 'en'], list({ lang: 'en' })],
    [['--no-color', 'list'], list({ color: false })],
    [['list', '--no-color', '--json', '--lang=zh'], list({ lang: 'zh', color: false, json: true })],
  ])('%j', (argv, expected) => {
    expect(fastRequest(argv)).toEqual(expected)
  })
})

describe('the full CLI gets', () => {
  test.each([
    [[]],
    [['run']],
    [['show', '1']],
    [['list', '1']],
    [['list', 'list']],
    [['--json', 'list']],
    [['list', '--json=1']],
    [['list', '--lessons', 'lessons']],
    [['list', '--help']],
    [['list', '-h']],
    [['list', '--version']],
    [['list', '-V']],
    [['--version', 'list']],
    [['--version', '--lang', 'zh']],
    [['--lang', 'xx', '--version']],
    [['--lang', 'xx', 'list']],
    [['--lang', 'list']],
    [['--lang']],
    [['--lang=', 'list']],
    [['--', 'list']],
    [['list', '--']],
    [['list', '--timeline']],
    [['step', '1']],
    [['trace', 'hello.py']],
    [['help', 'list']],
    [['LIST']],
  ])('%j', (argv) => {
    expect(fastRequest(argv)).toBeNull()
  })
})

test('the fast path knows the same languages as --lang', () => {
  expect(FAST_LANG_CHOICES).toEqual(LANG_CHOICES)
})
