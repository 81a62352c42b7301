/** The explanations' Markdown: numbered lists with a hanging indent, and italics that leave code and arithmetic alone. */
import { describe, expect, test } from 'vitest'
import { renderMarkdown } from '../../src/ui/markdown.js'
import { loadStyle, PLAIN } from '../../src/ui/style.js'
import { displayWidth } from '../../src/ui/width.js'

describe('numbered lists', () => {
  test('an item keeps its number and wraps under its own text', () => {
    const lines = renderMarkdown('1. first, long enough to wrap around\n2. second', { width: 20, style: PLAIN })
    expect(lines).toEqual(['1. first, long', '   enough to wrap', '   around', '2. second'])
  })

  test('a wider number hangs wider, and `1)` reads as `1.`', () => {
    const lines = renderMarkdown('9) nine\n10. ten is a longer item', { width: 16, style: PLAIN })
    expect(lines).toEqual(['9. nine', '10. ten is a', '    longer item'])
  })

  test('a source line that continues an item joins it, and a blank line ends the list', () => {
    const lines = renderMarkdown('1. one\n   more\n\nafter', { width: 40, style: PLAIN })
    expect(lines).toEqual(['1. one more', '', 'after'])
  })

  test('Chinese items wrap by display width under the indent', () => {
    const lines = renderMarkdown('2. 传入手动创建的三个任务，先放在列表里，再用星号解包', { width: 20, style: PLAIN, indent: '  ' })
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20)
    expect(lines[0]!.startsWith('  2. ')).toBe(true)
    expect(lines.slice(1).every((line) => line.startsWith('     '))).toBe(true)
  })

  test('a number without the space after it is text, not a list', () => {
    expect(renderMarkdown('3.5 seconds', { width: 40, style: PLAIN })).toEqual(['3.5 seconds'])
  })
})

describe('italics', () => {
  test('without colour the markers go and the text stays plain', () => {
    expect(renderMarkdown('an *important* _word_ here', { width: 80, style: PLAIN })).toEqual(['an important word here'])
  })

  test('with colour, italic text is painted italic', async () => {
    const style = await loadStyle(1)
    const [line] = renderMarkdown('a *b* _c_ 这是*重点*', { width: 80, style })
    expect(line).toBe(`a ${style.italic('b')} ${style.italic('c')} 这是${style.italic('重点')}`)
  })

  test('stars inside code spans, arithmetic and identifiers are left as written', async () => {
    const style = await loadStyle(1)
    const [coloured] = renderMarkdown('`a*b*c` and a * b * c and 2*3*4 and run_until_complete', { width: 80, style })
    expect(coloured).toBe(`${style.cyan('a*b*c')} and a * b * c and 2*3*4 and run_until_complete`)
    expect(renderMarkdown('`*args` then *x*', { width: 80, style: PLAIN })).toEqual(['`*args` then x'])
  })

  test('bold is still bold, next to italics', async () => {
    const style = await loadStyle(1)
    const [line] = renderMarkdown('**bold** and *italic*', { width: 80, style })
    expect(line).toBe(`${style.bold('bold')} and ${style.italic('italic')}`)
  })
})
