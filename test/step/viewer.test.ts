/**
 * The step viewer's terminal side with fake streams (the tmux test drives the real one), and the
 * menu's Step through entry with a fake pick list.
 */
import { EventEmitter } from 'node:events'
import { describe, expect, test } from 'vitest'
import { menuCommand } from '../../src/cli/commands/menu.js'
import { stepScreen, type StepScreen, type StepView } from '../../src/cli/terminal/stepper.js'
import { StoppedError } from '../../src/errors.js'
import type { Cursor } from '../../src/step/navigate.js'
import { fakeContext } from '../cli/fake.js'
import { fakeLive } from '../cli/fake-live.js'

class FakeStdin extends EventEmitter {
  isTTY = true
  isRaw = false
  paused = true
  setRawMode(raw: boolean): this {
    this.isRaw = raw
    return this
  }
  resume(): this {
    this.paused = false
    return this
  }
  pause(): this {
    this.paused = true
    return this
  }
  type(keys: string): void {
    this.emit('data', Buffer.from(keys))
  }
}

class FakeStdout extends EventEmitter {
  columns = 60
  rows = 10
  written = ''
  write(text: string): boolean {
    this.written += text
    return true
  }
}

function setup(): { stdin: FakeStdin; stdout: FakeStdout; screen: StepScreen; interrupt: () => void; view: StepView & { drawn: string[] } } {
  const stdin = new FakeStdin()
  const stdout = new FakeStdout()
  const { live, interrupt } = fakeLive({ tty: true })
  const screen = stepScreen({ stdin: stdin as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream }, live)
  const drawn: string[] = []
  const view = {
    drawn,
    draw: (cursor: Cursor, size: { columns: number; rows: number }) => {
      drawn.push(`${cursor.index}@${size.columns}x${size.rows}`)
      return [`step ${cursor.index}`, 'keys']
    },
    press: (cursor: Cursor, key: string) => (key === 'q' ? { kind: 'quit' as const } : key === '\u0003' ? { kind: 'interrupt' as const } : { kind: 'show' as const, cursor: { index: cursor.index + 1 } }),
  }
  return { stdin, stdout, screen, interrupt, view }
}

describe('the step screen', () => {
  test('draws in the alternate screen, redraws per key and on resize, and restores everything on q', async () => {
    const { stdin, stdout, screen, view } = setup()
    const shown = screen.show(view)
    expect(stdin.isRaw).toBe(true)
    expect(stdout.written.startsWith('\u001b[?1049h\u001b[?25l')).toBe(true)
    stdin.type('nn')
    stdout.columns = 40
    stdout.emit('resize')
    stdin.type('q')
    await shown
    expect(view.drawn).toEqual(['0@60x10', '2@60x10', '2@40x10'])
    expect(stdout.written).toContain('\u001b[Hstep 2\u001b[K\r\nkeys\u001b[K\u001b[J')
    expect(stdout.written.endsWith('\u001b[?25h\u001b[?1049l')).toBe(true)
    expect(stdin.isRaw).toBe(false)
    expect(stdin.paused).toBe(true)
    expect(stdin.listenerCount('data')).toBe(0)
    expect(stdout.listenerCount('resize')).toBe(0)
  })

  test('Ctrl-C as a key or as a signal stops it with a StoppedError, the terminal restored', async () => {
    for (const how of ['key', 'signal'] as const) {
      const { stdin, stdout, screen, interrupt, view } = setup()
      const shown = screen.show(view)
      if (how === 'key') stdin.type('\u0003')
      else interrupt()
      await expect(shown).rejects.toSatisfy((error) => error instanceof StoppedError && error.exitCode === 130)
      expect(stdout.written.endsWith('\u001b[?25h\u001b[?1049l')).toBe(true)
      expect(stdin.isRaw).toBe(false)
    }
  })
})

describe('the menu\'s Step through', () => {
  test('is offered between Quiz and Quit, asks for a lesson, and opens the viewer on it', async () => {
    const fake = fakeContext()
    let shows = 0
    let first: readonly string[] = []
    const screen: StepScreen = {
      show: async (view) => {
        shows++
        first = view.draw({ index: 0 }, { columns: 80, rows: 30 })
      },
    }
    const { live, picks } = fakeLive({
      tty: true,
      answer: (choices) => ({ kind: 'picked', value: picks.length === 1 ? 'step' : choices.find((c) => c.value.endsWith('03-create-task'))!.value }),
    })
    await menuCommand(fake.ctx, live, async () => Promise.reject(new Error('no quiz')), async () => screen)
    expect(picks[0]!.choices.slice(-3).map((c) => c.label)).toEqual(['Quiz', 'Step through a lesson', 'Quit'])
    expect(picks[1]!.message).toBe('Which lesson would you like to step through?')
    expect(shows).toBe(1)
    expect(first[0]).toBe("Step 1/14 · t=0.000 · MainThread's loop, iteration 1")
  })

  test('leaving the lesson list with Esc leaves the menu quietly', async () => {
    const fake = fakeContext({ lang: 'zh' })
    const { live, picks } = fakeLive({ tty: true, answer: () => (picks.length === 1 ? { kind: 'picked', value: 'step' } : { kind: 'left' }) })
    await menuCommand(fake.ctx, live, async () => Promise.reject(new Error('no quiz')), async () => Promise.reject(new Error('no screen')))
    expect(picks.map((p) => p.message)).toEqual(['想运行哪一课？', '想单步查看哪一课？'])
    expect(fake.stdout()).toBe('')
  })
})
