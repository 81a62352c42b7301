/** `run --realtime` and the menu, called as functions with a fake clock, spinner and pick list. */
import { describe, expect, test } from 'vitest'
import { menuCommand } from '../../src/cli/commands/menu.js'
import type { QuizIo } from '../../src/cli/commands/quiz.js'
import { Cancelled } from '../../src/cli/quiz/asker.js'
import { runCommand } from '../../src/cli/commands/run.js'
import { StoppedError } from '../../src/errors.js'
import { emptyProgress } from '../../src/quiz/progress.js'
import { fakeContext } from './fake.js'
import { fakeLive } from './fake-live.js'

/** For menu picks that must not start the quiz. */
const noQuiz = (): Promise<QuizIo> => Promise.reject(new Error('the quiz was started'))

const RUN = { lessons: ['3'], engine: 'embedded', code: false, explain: false, json: false } as const

describe('run --realtime', () => {
  test('shows exactly what a plain run shows, each line once its time has come', async () => {
    const plain = fakeContext()
    await runCommand(RUN, plain.ctx)
    const fake = fakeContext()
    const { live, clock } = fakeLive()
    const start = clock.time
    const seen: Array<[number, string]> = []
    const write = fake.ctx.out.write
    await runCommand({ ...RUN, realtime: { speed: 1 } }, { ...fake.ctx, live, out: { ...fake.ctx.out, write: (text) => (seen.push([clock.time - start, text]), write(text)) } })
    expect(fake.stdout()).toBe(plain.stdout())
    const at = (text: string): number | undefined => seen.find(([, written]) => written.includes(text))?.[0]
    expect([at('started at'), at('hello'), at(' world '), at('hello - 1'), at('Total 2.000s')]).toEqual([0, 1000, 2000, 2000, 2000])
  })

  test('at --speed 20 the two seconds of lesson 3 take a tenth of a second', async () => {
    const fake = fakeContext()
    const { live, clock } = fakeLive()
    const start = clock.time
    await runCommand({ ...RUN, realtime: { speed: 20 } }, { ...fake.ctx, live })
    expect(clock.time - start).toBe(100)
  })

  test('on a terminal the spinner says what the loop waits for, and is gone before each line', async () => {
    const log: string[] = []
    const fake = fakeContext({ width: 120 })
    const { live } = fakeLive({ tty: true, log })
    await runCommand({ ...RUN, realtime: { speed: 1 } }, { ...fake.ctx, live, out: { ...fake.ctx.out, write: (text) => void log.push(text) } })
    const firstPause = log.find((line) => line.startsWith('spinner: t=0.500s'))
    expect(firstPause).toBe('spinner: t=0.500s  Task-2 sleeping until 1.000s · Task-3 sleeping until 2.000s · Task-1 waiting for Task-2')
    expect(log.find((line) => line.startsWith('spinner: t=1.500s'))).toBe('spinner: t=1.500s  Task-3 sleeping until 2.000s · Task-1 waiting for Task-3')
    const hello = log.findIndex((line) => line.includes('t=1.000s  hello'))
    expect(log[hello - 1]).toBe('spinner hidden')
  })

  test('Ctrl-C mid-pause stops with a StoppedError (exit 130), the spinner hidden, nothing more written', async () => {
    const log: string[] = []
    const fake = fakeContext()
    const { live, clock, interrupt } = fakeLive({ tty: true, log })
    clock.onSleep = () => {
      if (clock.sleeps.length === 5) interrupt()
    }
    const run = runCommand({ ...RUN, realtime: { speed: 1 } }, { ...fake.ctx, live, out: { ...fake.ctx.out, write: (text) => void log.push(text) } })
    await expect(run).rejects.toSatisfy((error) => error instanceof StoppedError && error.exitCode === 130 && error.text.en === 'Stopped.')
    expect(log.at(-1)).toBe('spinner hidden')
    expect(log.join('')).not.toContain('hello')
  })

  test('a run that failed is shown at once, with nothing to replay', async () => {
    const fake = fakeContext({ runEngine: async () => Promise.reject(new Error('boom')) })
    const { live, clock } = fakeLive()
    await expect(runCommand({ ...RUN, realtime: { speed: 1 } }, { ...fake.ctx, live })).rejects.toThrow('did not produce')
    expect(fake.stdout()).toContain('The run failed:')
    expect(clock.sleeps).toEqual([])
  })
})

describe('the menu', () => {
  test('lists every lesson with its total, then Quiz and Quit, and plays the lesson picked', async () => {
    const fake = fakeContext()
    const { live, picks } = fakeLive({ tty: true, answer: (choices) => ({ kind: 'picked', value: choices[0]!.value }) })
    await menuCommand(fake.ctx, live, noQuiz)
    const [{ message, choices }] = picks as [(typeof picks)[number]]
    expect(message).toBe('Which lesson would you like to run?')
    expect(choices[0]).toMatchObject({ value: 'lesson:01-coroutines', label: expect.stringMatching(/^01 {2}Coroutines and asyncio\.run *$/), hint: '1s' })
    expect(choices.slice(-2)).toEqual([
      { value: 'quiz', label: 'Quiz' },
      { value: 'quit', label: 'Quit' },
    ])
    expect(new Set(choices.map((c) => c.label.length)).size).toBe(2)
    expect(fake.stdout()).toContain('━━ Lesson 1 · Coroutines and asyncio.run')
    expect(fake.stdout()).toContain('Total 1.000s, expected 1s ✓')
  })

  test('is translated', async () => {
    const fake = fakeContext({ lang: 'zh' })
    const { live, picks } = fakeLive({ tty: true, answer: () => ({ kind: 'left' }) })
    await menuCommand(fake.ctx, live, noQuiz)
    expect(picks[0]!.message).toBe('想运行哪一课？')
    expect(picks[0]!.choices[0]!.label).toMatch(/^01 {2}协程与 asyncio\.run/)
    expect(picks[0]!.choices.slice(-2).map((c) => c.label)).toEqual(['测验', '退出'])
  })

  test('Quit and Esc leave quietly; Ctrl-C stops with exit 130', async () => {
    for (const answer of [{ kind: 'picked', value: 'quit' }, { kind: 'left' }] as const) {
      const fake = fakeContext()
      await menuCommand(fake.ctx, fakeLive({ tty: true, answer: () => answer }).live, noQuiz)
      expect(fake.stdout()).toBe('')
    }
    const fake = fakeContext()
    await expect(menuCommand(fake.ctx, fakeLive({ tty: true, answer: () => ({ kind: 'interrupted' }) }).live, noQuiz)).rejects.toBeInstanceOf(StoppedError)
  })

  test('Quiz starts the quiz at lesson 1 in the same session; Ctrl-C there stops with exit 130, answers saved', async () => {
    const fake = fakeContext()
    const { live } = fakeLive({ tty: true, answer: () => ({ kind: 'picked', value: 'quiz' }) })
    const saved: unknown[] = []
    const interrupt = async (): Promise<never> => Promise.reject(new Cancelled())
    const io: QuizIo = {
      asker: async () => ({ order: interrupt, pick: interrupt, confirm: interrupt, close() {} }),
      store: { path: '/data/progress.json', load: emptyProgress, save: (session) => (saved.push(session), session) },
      now: () => new Date(Date.UTC(2026, 0, 1)),
      session: '7',
    }
    await expect(menuCommand(fake.ctx, live, async () => io)).rejects.toBeInstanceOf(StoppedError)
    expect(fake.stdout()).toContain('━━ Lesson 1 · Coroutines and asyncio.run')
    expect(fake.stdout()).toContain('Question 1 of')
    expect(saved).toEqual([])
  })
})
