import { describe, expect, test } from 'vitest'
import { timelineText } from '../../src/timeline/index.js'
import { MARKS } from '../../src/timeline/legend.js'
import { MAX_ROWS } from '../../src/timeline/text.js'
import { LANG_CHOICES } from '../../src/ui/i18n.js'
import { loadStyle, PLAIN } from '../../src/ui/style.js'
import { displayWidth, stripAnsi } from '../../src/ui/width.js'
import { LESSON_IDS, lessonTrace, output, task, thread, traceOf } from './fixtures.js'

// eslint-disable-next-line no-control-regex -- ESC starts every ANSI code
const ESC = /\u001b/

const WIDTHS = [40, 50, 60, 72, 80, 100, 120, 160]

/** The display column where `glyph` stands on the line that starts with `label`. */
function columnOf(lines: readonly string[], label: string, glyph: string, nth = 0): number {
  const line = lines.find((l) => l.startsWith(label))
  if (line === undefined) throw new Error(`no line starts with ${label}`)
  const chars = [...line]
  let seen = 0
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === glyph && seen++ === nth) return displayWidth(chars.slice(0, i).join(''))
  }
  throw new Error(`no ${glyph} on ${line}`)
}

describe('the text timeline', () => {
  test('every glyph is one column wide and distinct, so the chart reads without colour', () => {
    const glyphs = Object.values(MARKS).map((m) => m.glyph)
    expect(new Set(glyphs).size).toBe(glyphs.length)
    for (const glyph of glyphs) expect(displayWidth(glyph), glyph).toBe(1)
  })

  test('no line of any lesson is wider than the terminal, from 40 to 160 columns, in every language', async () => {
    for (const id of LESSON_IDS) {
      const trace = await lessonTrace(id)
      for (const columns of WIDTHS) {
        for (const lang of LANG_CHOICES) {
          for (const line of timelineText(trace, { columns, style: PLAIN, lang }).split('\n')) {
            expect(displayWidth(line), `${id} at ${columns} (${lang}): ${line}`).toBeLessThanOrEqual(columns)
          }
        }
      }
    }
  })

  test('with colour, lines still fit by display width, and without it there is not one escape code', async () => {
    const trace = await lessonTrace('04-gather')
    const coloured = timelineText(trace, { columns: 60, style: await loadStyle(1), lang: 'zh' })
    expect(coloured).toMatch(ESC)
    for (const line of coloured.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60)
    const plain = timelineText(trace, { columns: 60, style: PLAIN, lang: 'zh' })
    expect(plain).not.toMatch(ESC)
    expect(plain).toBe(stripAnsi(coloured))
  })

  test('lesson 03 at 80 columns: both say_after tasks sleep from 0, wake at 1 s and 2 s, where the axis says so', async () => {
    const lines = timelineText(await lessonTrace('03-create-task'), { columns: 80, style: PLAIN, lang: 'en' }).split('\n')
    expect(lines[0]).toBe('Timeline (virtual time)')
    const zero = columnOf(lines, 'Task-2', '●')
    expect(columnOf(lines, 'Task-3', '●')).toBe(zero)
    expect(columnOf(lines, 'Task-1', '●')).toBe(zero)
    const axis = lines[1]!
    const oneSecond = displayWidth(axis.slice(0, axis.indexOf('1s')))
    const twoSeconds = displayWidth(axis.slice(0, axis.indexOf('2s')))
    expect(displayWidth(axis.slice(0, axis.indexOf('0s')))).toBe(zero)
    expect(columnOf(lines, 'Task-2 say_after', '✓')).toBe(oneSecond)
    expect(columnOf(lines, 'Task-3 say_after', '✓')).toBe(twoSeconds)
    expect(columnOf(lines, 'Task-1 main', '✓')).toBe(twoSeconds)
    expect(lines.find((l) => l.startsWith('Task-2'))).toContain('sleep(1)')
    expect(lines.find((l) => l.startsWith('Task-1'))).toContain('Task-3')
  })

  test('each print is lettered on the output row at its time, and the key gives its time, task and text', async () => {
    const lines = timelineText(await lessonTrace('03-create-task'), { columns: 80, style: PLAIN, lang: 'en' }).split('\n')
    expect(columnOf(lines, 'output', 'b')).toBe(columnOf(lines, 'Task-2 say_after', '✓'))
    expect(lines).toContain('b 1.000s  Task-2  hello')
    expect(lines).toContain('  2.000s  Task-1  finished at 18:27:41')
    expect(lines.some((l) => l.includes('● runs (takes no time)') && l.includes('─ sleeps'))).toBe(true)
  })

  test('the legend is in the chosen language, both meaning Chinese / English', async () => {
    const trace = await lessonTrace('03-create-task')
    expect(timelineText(trace, { columns: 80, style: PLAIN, lang: 'zh' })).toContain('● 运行（不占时间）')
    expect(timelineText(trace, { columns: 120, style: PLAIN, lang: 'both' })).toContain('● 运行（不占时间） / runs (takes no time)')
  })

  test('on a narrow terminal each label stands whole on its own line above its bar', async () => {
    const lines = timelineText(await lessonTrace('03-create-task'), { columns: 40, style: PLAIN, lang: 'en' }).split('\n')
    const label = lines.indexOf('Task-3 say_after')
    expect(label).toBeGreaterThan(0)
    expect(lines[label + 1]).toMatch(/^ {2}●─+sleep\(2\)─+✓$/)
  })

  test('CJK names and output are measured by display width and never cut in half', () => {
    const trace = traceOf([
      thread(0, '工作线程', 'started'),
      thread(0, '工作线程', 'blocked', 'time.sleep(3)'),
      thread(3, '工作线程', 'resumed'),
      thread(3, '工作线程', 'finished'),
      task(0, 'Task-1', 'created', '下载网页'),
      task(0, 'Task-1', 'started'),
      task(0, 'Task-1', 'suspended', 'sleep(2)'),
      task(2, 'Task-1', 'resumed'),
      output(2, '下载完成：一共三个网页，全部成功，没有错误，耗时两秒钟', { task: 'Task-1' }),
      task(2, 'Task-1', 'done'),
    ])
    for (const columns of WIDTHS) {
      for (const lang of LANG_CHOICES) {
        const lines = timelineText(trace, { columns, style: PLAIN, lang }).split('\n')
        for (const line of lines) expect(displayWidth(line), `${columns}: ${line}`).toBeLessThanOrEqual(columns)
        expect(lines.join('\n')).not.toContain('\ufffd')
      }
    }
    const wide = timelineText(trace, { columns: 100, style: PLAIN, lang: 'zh' }).split('\n')
    // The bars of the thread and of the task start in the same display column, after the CJK labels.
    expect(columnOf(wide, '工作线程', '●')).toBe(columnOf(wide, 'Task-1 下载网页', '●'))
    expect(wide.find((l) => l.startsWith('工作线程'))).toContain('▓')
    expect(wide.some((l) => l.includes('下载完成'))).toBe(true)
  })

  test('each kind of mark shows with its own glyph: cancelled, failed, blocked, ready, and a task pending at the end', () => {
    const trace = traceOf(
      [
        task(0, 'Task-1', 'created', 'a'),
        task(0, 'Task-1', 'started'),
        task(0, 'Task-1', 'suspended', 'Future'),
        task(0, 'Task-2', 'created', 'b'),
        task(0, 'Task-2', 'started'),
        task(0, 'Task-2', 'suspended', 'sleep(4)'),
        task(0, 'Task-3', 'created', 'c'),
        task(0, 'Task-3', 'started'),
        task(0, 'Task-3', 'suspended', 'sleep(1)'),
        task(1, 'Task-3', 'resumed'),
        task(1, 'Task-3', 'failed'),
        task(0, 'Task-4', 'created', 'd'),
        task(2, 'Task-4', 'started'),
        task(4, 'Task-4', 'done'),
        task(4, 'Task-2', 'resumed'),
        task(4, 'Task-2', 'cancelled'),
      ],
      { kind: 'deadlock', t: 4, stuck: [{ task: 'Task-1', coro: 'a', waitsOn: 'Future' }] },
    )
    const text = timelineText(trace, { columns: 80, style: PLAIN, lang: 'en' })
    const lines = text.split('\n')
    expect(lines.find((l) => l.startsWith('Task-1 a'))).toMatch(/┄+Future┄+…$/)
    expect(lines.find((l) => l.startsWith('Task-2 b'))).toMatch(/●─+sleep\(4\)─+✗$/)
    expect(lines.find((l) => l.startsWith('Task-3 c'))).toMatch(/●─+sleep\(1\)─+!$/)
    expect(lines.find((l) => l.startsWith('Task-4 d'))).toMatch(/·+●▓+✓$/)
    for (const words of ['failed', 'cancelled', 'blocks its thread', 'ready, but the loop is busy', 'still waiting when the run ended']) expect(text).toContain(words)
  })

  test('a run where nothing takes time still draws, every mark at 0 s', () => {
    const trace = traceOf([task(0, 'Task-1', 'created', 'main'), task(0, 'Task-1', 'started'), output(0, 'hi', { task: 'Task-1' }), task(0, 'Task-1', 'done')])
    const lines = timelineText(trace, { columns: 40, style: PLAIN, lang: 'en' }).split('\n')
    expect(lines).toContain('            0s')
    expect(lines).toContain('Task-1 main ✓')
    expect(lines).toContain('a 0.000s  Task-1  hi')
  })

  test('a program with more tasks than MAX_ROWS draws the first ones and counts the rest', () => {
    const events = Array.from({ length: MAX_ROWS + 5 }, (_, i) => [task(0, `Task-${i + 1}`, 'created', 'job'), task(0, `Task-${i + 1}`, 'started'), task(1, `Task-${i + 1}`, 'done')]).flat()
    const lines = timelineText(traceOf(events), { columns: 80, style: PLAIN, lang: 'en' }).split('\n')
    expect(lines.some((line) => line.startsWith(`Task-${MAX_ROWS} job`))).toBe(true)
    expect(lines.some((line) => line.startsWith(`Task-${MAX_ROWS + 1} job`))).toBe(false)
    expect(lines).toContain('Not drawn here: 5 more rows (--timeline-format svg draws every one).')
  })

  test('a trace without task events says so and still charts the output', () => {
    const text = timelineText(traceOf([output(0, 'one'), output(1.5, 'two')]), { columns: 60, style: PLAIN, lang: 'en' })
    expect(text).toContain('This run recorded no task events')
    expect(text).toContain('b 1.500s  MainThread  two')
  })
})
