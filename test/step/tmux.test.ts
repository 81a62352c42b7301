/**
 * The step viewer driven in a real pseudo-terminal (tmux) as a person would: keys move between
 * steps and the screen changes; q and Ctrl-C leave the alternate screen with the cursor shown.
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { ensureBin } from '../e2e/bin.js'
import { hasTmux, Tmux } from '../e2e/tmux.js'

beforeAll(async () => {
  await ensureBin()
})

describe.skipIf(!hasTmux)('step in a terminal (tmux)', () => {
  let tmux: Tmux
  afterEach(() => tmux.kill())

  test('n, p and o move between steps, t jumps to a time, q quits and restores the terminal', async () => {
    tmux = new Tmux()
    tmux.start('step 3 --engine embedded')
    const first = await tmux.waitFor("Step 1/14 · t=0.000 · MainThread's loop, iteration 1")
    expect(first).toContain('main.py · Line marks come from the CPython engine (--engine python).')
    expect(first).toContain('n/→/space next · p/← back · o next output · t time · g/G first/last · q quit')
    expect(first).toMatch(/ready {4}Task-1 step/)
    expect(tmux.cursorVisible()).toBe(false)

    tmux.keys('n')
    const second = await tmux.waitFor('Step 2/14')
    expect(second).toContain('why      Task-2 starts and awaits sleep(1): a timer is set for t=1.000; control returns to the loop')
    expect(second).toContain('timers   t=1.000 sleep of Task-2 (new) · t=2.000 sleep of Task-3 (new)')
    expect(second).not.toContain('Step 1/14')

    tmux.keys('o')
    const output = await tmux.waitFor('Step 4/14')
    expect(output).toMatch(/\+ t=1\.000 {2}hello/)

    tmux.keys('p')
    await tmux.waitFor('Step 3/14 · t=1.000')
    tmux.keys('Right')
    await tmux.waitFor('Step 4/14')

    tmux.keys('t')
    await tmux.waitFor('Jump to time t=')
    tmux.keys('2', 'Enter')
    const jumped = await tmux.waitFor('Step 6/14 · t=2.000')
    expect(jumped).toContain('sleep(2) of Task-3 is due at t=2.000: Task-3 becomes ready')

    tmux.keys('G')
    await tmux.waitFor('Step 14/14 · t=2.000 · the end')

    tmux.keys('q')
    const end = await tmux.waitFor('EXIT=')
    expect(end).toContain('EXIT=0')
    // Back on the normal screen: the viewer's screen is gone with the alternate buffer.
    expect(end).not.toContain('Step 14/14')
    expect(tmux.cursorVisible()).toBe(true)
  })

  test('by default (CPython) the screen marks the lines where the tasks stand', async () => {
    tmux = new Tmux()
    tmux.start('step 3')
    await tmux.waitFor('Step 1/14')
    tmux.keys('n')
    const screen = await tmux.waitFor('Step 2/14')
    expect(screen).toContain('▶  6      await asyncio.sleep(delay)   ← Task-2, Task-3')
    expect(screen).toContain('▶ 16      ret1 = await task1   ← Task-1')
    expect(screen).not.toContain('Line marks come from')
    tmux.keys('q')
    expect(await tmux.waitFor('EXIT=')).toContain('EXIT=0')
  })

  test('in Chinese; Ctrl-C stops it with exit 130 and restores the terminal', async () => {
    tmux = new Tmux()
    tmux.start('step 3', { LANG: 'zh_CN.UTF-8' })
    await tmux.waitFor('第 1/14 步')
    expect(tmux.screen()).toContain('n/→/空格 下一步')
    tmux.keys('Space')
    await tmux.waitFor('第 2/14 步')
    expect(tmux.screen()).toContain('Task-2 开始运行，然后 await sleep(1)')
    tmux.keys('C-c')
    const end = await tmux.waitFor('EXIT=')
    expect(end).toMatch(/已停止。\nEXIT=130/)
    expect(end).not.toContain('第 2/14 步')
    expect(tmux.cursorVisible()).toBe(true)
  })
})
