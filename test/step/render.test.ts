import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { buildSteps } from '../../src/step/frames.js'
import { screenLines, textBlock, textPreamble, type StepUi } from '../../src/step/render.js'
import { Translator, type LangChoice } from '../../src/ui/i18n.js'
import { loadStyle, PLAIN } from '../../src/ui/style.js'
import { displayWidth, stripAnsi } from '../../src/ui/width.js'
import { lesson03 } from './fixtures.js'

const source = readFileSync(join(import.meta.dirname, '..', '..', 'lessons', '03-create-task', 'main.py'), 'utf8')
const ui = (lang: LangChoice, width: number): StepUi => ({ tr: new Translator(lang), style: PLAIN, width })

describe('a screen', () => {
  const marked = buildSteps(lesson03(true))

  test('marks the lines where the tasks stand, with their names', () => {
    const screen = screenLines(marked, marked.frames[1]!, source, ui('en', 100), { height: 40 })
    expect(screen).toContain('▶  6      await asyncio.sleep(delay)   ← Task-2, Task-3')
    expect(screen).toContain('▶ 16      ret1 = await task1   ← Task-1')
    expect(screen).toContain('   7      print(what)')
    expect(screen.join('\n')).not.toContain('Line marks come from the CPython engine')
  })

  test('without line marks, shows the source plainly and says once where marks come from', () => {
    const plain = buildSteps(lesson03())
    const screen = screenLines(plain, plain.frames[1]!, source, ui('en', 100), { height: 40 })
    expect(screen.filter((line) => line.includes('Line marks come from the CPython engine (--engine python).'))).toHaveLength(1)
    expect(screen.some((line) => line.includes('▶'))).toBe(false)
  })

  test('has exactly the terminal\'s height and ends with the key help, or the time being typed', () => {
    for (const height of [12, 24, 30, 60]) {
      const screen = screenLines(marked, marked.frames[3]!, source, ui('en', 80), { height })
      expect(screen, `height ${height}`).toHaveLength(height)
      expect(screen[height - 1]).toBe('n/→/space next · p/← back · o next output · t time · g/G first/last · q quit')
    }
    const typing = screenLines(marked, marked.frames[0]!, source, ui('en', 80), { height: 24, jump: '1.5' })
    expect(typing[23]).toBe('Jump to time t= 1.5▏  (Enter to go, Esc to cancel)')
  })

  test('shows the step, its time and thread, the reason, the queue, the timers, the tasks and the output so far', () => {
    const screen = screenLines(marked, marked.frames[3]!, source, ui('en', 100), { height: 40 }).join('\n')
    expect(screen).toContain('Step 4/10 · t=1.000 · MainThread\'s loop, iteration 4')
    expect(screen).toContain('why      Task-2 resumes, prints “hello” and finishes: Task-1, which awaited it, is woken next')
    expect(screen).toContain('ready    Task-2 step')
    expect(screen).toContain('timers   t=2.000 sleep of Task-3')
    expect(screen).toMatch(/tasks {4}• Task-1 main {7}woken, next step queued\n {9}• Task-2 say_after {2}done\n {11}Task-3 say_after {2}sleeping until t=2\.000/)
    expect(screen).toMatch(/output {5}t=0\.000 {2}started at 18:27:39\n {9}\+ t=1\.000 {2}hello/)
  })

  test.each([
    ['en', 40],
    ['zh', 40],
    ['zh', 60],
    ['both', 50],
    ['zh', 24],
  ] as const)('fits %s in %i columns, measured by display width', (lang, width) => {
    for (const frame of marked.frames) {
      const screen = screenLines(marked, frame, source, ui(lang, width), { height: 30 })
      for (const line of screen) expect(displayWidth(line), line).toBeLessThanOrEqual(width)
      expect(screen).toHaveLength(30)
    }
  })

  test('in Chinese the labels and states are Chinese', () => {
    const screen = screenLines(marked, marked.frames[1]!, source, ui('zh', 80), { height: 40 }).join('\n')
    expect(screen).toContain('第 2/10 步 · t=0.000 · MainThread 的事件循环，第 2 轮')
    expect(screen).toContain('睡眠到 t=1.000')
    expect(screen).toContain('定时器  t=1.000 Task-2 的 sleep（新） · t=2.000 Task-3 的 sleep（新）')
    expect(screen).toContain('n/→/空格 下一步')
  })

  test('colour only adds to the words: without it the same text remains', async () => {
    const style = await loadStyle(1)
    const coloured = screenLines(marked, marked.frames[3]!, source, { ...ui('en', 80), style }, { height: 30 })
    const plain = screenLines(marked, marked.frames[3]!, source, ui('en', 80), { height: 30 })
    expect(coloured.join('\n')).not.toBe(plain.join('\n'))
    expect(coloured.map(stripAnsi)).toEqual(plain)
  })

  test('on a short screen, finished tasks are counted rather than listed', () => {
    const tall = screenLines(marked, marked.frames[8]!, source, ui('en', 80), { height: 60 }).join('\n')
    const short = screenLines(marked, marked.frames[8]!, source, ui('en', 80), { height: 16 }).join('\n')
    expect(tall).toContain('Task-3 say_after  done')
    expect(short).not.toContain('Task-3 say_after  done')
    expect(short).toContain('… and 3 finished')
  })
})

describe('a text block', () => {
  test('is compact: reason, state, the marked lines and only this step\'s output', () => {
    const run = buildSteps(lesson03(true))
    expect(textBlock(run, run.frames[3]!, source, ui('en', 100))).toEqual([
      "━━ Step 4/10 · t=1.000 · MainThread's loop, iteration 4",
      'why      Task-2 resumes, prints “hello” and finishes: Task-1, which awaited it, is woken next',
      'ready    Task-2 step',
      'timers   t=2.000 sleep of Task-3',
      'tasks    • Task-1 main       woken, next step queued',
      '         • Task-2 say_after  done',
      '           Task-3 say_after  sleeping until t=2.000',
      'lines    ▶  6      await asyncio.sleep(delay)   ← Task-3',
      '         ▶ 16      ret1 = await task1   ← Task-1',
      'output   + t=1.000  hello',
    ])
  })

  test('the end block tells how the program ended', () => {
    const run = buildSteps({ ...lesson03(), outcome: { kind: 'exception', t: 2, type: 'ValueError', line: 'ValueError: boom' } })
    expect(textBlock(run, run.frames[run.frames.length - 1]!, source, ui('en', 100))[1]).toBe('why      The program ended at t=2.000 with an uncaught exception: ValueError: boom')
  })

  test('the note about line marks comes once, before the blocks, and only without marks', () => {
    expect(textPreamble(buildSteps(lesson03()), ui('zh', 80))).toEqual(['行标记来自 CPython 引擎（--engine python）。'])
    expect(textPreamble(buildSteps(lesson03(true)), ui('zh', 80))).toEqual([])
  })
})
