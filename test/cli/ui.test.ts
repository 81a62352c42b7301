import { describe, expect, test } from 'vitest'
import { renderMarkdown } from '../../src/ui/markdown.js'
import { highlightPython } from '../../src/ui/python.js'
import { plain } from '../../src/ui/spans.js'
import { colorLevel, loadStyle, PLAIN } from '../../src/ui/style.js'
import { displayWidth, hardWrapRanges, wrap } from '../../src/ui/width.js'

describe('display width', () => {
  test('Chinese characters and full-width punctuation take two columns', () => {
    expect(displayWidth('abc')).toBe(3)
    expect(displayWidth('中文')).toBe(4)
    expect(displayWidth('（，。）')).toBe(8)
    expect(displayWidth('协程 asyncio')).toBe(12)
  })

  test('colour codes and combining marks take none', () => {
    expect(displayWidth('\u001b[31m红\u001b[39m')).toBe(2)
    expect(displayWidth('e\u0301')).toBe(1)
  })
})

describe('wrapping', () => {
  test('Latin text breaks at spaces', () => {
    expect(wrap('the quick brown fox', 10)).toEqual(['the quick', 'brown fox'])
  })

  test('Chinese text breaks between characters, by width not length', () => {
    const lines = wrap('调用协程函数只会创建协程对象', 10)
    expect(lines).toEqual(['调用协程函', '数只会创建', '协程对象'])
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(10)
  })

  test('closing punctuation never starts a line', () => {
    for (const line of wrap('一二三四，五六七八。', 8)) expect(line[0]).not.toMatch(/[，。]/)
  })

  test('code inside Chinese text is kept whole', () => {
    expect(wrap('然后调用 asyncio.sleep 函数', 14)).toEqual(['然后调用', 'asyncio.sleep', '函数'])
  })

  test('a word wider than the line is cut', () => {
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij'])
  })

  test('hard wrapping keeps every space (for code)', () => {
    expect(hardWrapRanges('    x = 1', 4)).toEqual([
      [0, 4],
      [4, 8],
      [8, 9],
    ])
  })
})

describe('colour follows chalk’s rules, with NO_COLOR', () => {
  test.each([
    [{ env: {}, isTTY: true }, 1],
    [{ env: {}, isTTY: false }, 0],
    [{ env: { NO_COLOR: '1' }, isTTY: true }, 0],
    [{ env: { NO_COLOR: '' }, isTTY: true }, 1],
    [{ env: { FORCE_COLOR: '1' }, isTTY: false }, 1],
    [{ env: { FORCE_COLOR: '3' }, isTTY: false }, 3],
    [{ env: { FORCE_COLOR: '0' }, isTTY: true }, 0],
    [{ env: { FORCE_COLOR: '1', NO_COLOR: '1' }, isTTY: false }, 1],
    [{ env: { FORCE_COLOR: '1' }, isTTY: true, flag: false }, 0],
    [{ env: { TERM: 'dumb' }, isTTY: true }, 0],
  ])('%j → level %i', (input, level) => {
    expect(colorLevel(input)).toBe(level)
  })

  test('level 0 paints nothing and never loads chalk; level 1 paints', async () => {
    expect(await loadStyle(0)).toBe(PLAIN)
    const style = await loadStyle(1)
    expect(style.red('x')).toBe('\u001b[31mx\u001b[39m')
  })
})

describe('rendering', () => {
  test('Python highlighting keeps the text exactly', () => {
    const line = `    print(f"started at {time.strftime('%X')}")  # comment`
    expect(plain(highlightPython(line))).toBe(line)
    expect(highlightPython('async def main():').find((s) => s.text === 'main')?.styles).toContain('bold')
  })

  test('Markdown paragraphs are re-wrapped; a line break between Chinese characters adds no space', () => {
    const lines = renderMarkdown('## 标题\n\n第一行\n第二行 and\nmore', { width: 80, style: PLAIN })
    expect(lines).toEqual(['标题', '', '第一行第二行 and more'])
  })

  test('list items hang under their bullet and inline code keeps its backticks without colour', () => {
    const lines = renderMarkdown('- `await` waits for the coroutine to finish before going on', { width: 30, style: PLAIN })
    expect(lines).toEqual(['• `await` waits for the', '  coroutine to finish before', '  going on'])
  })

  test('with colour, inline code loses its backticks and bold its stars', async () => {
    const style = await loadStyle(1)
    const [line] = renderMarkdown('a **b** `c`', { width: 80, style })
    expect(line).toBe(`a ${style.bold('b')} ${style.cyan('c')}`)
  })
})
