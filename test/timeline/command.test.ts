/** `run` with a timeline, called as a function with a fake context (no process spawned). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { runCommand, type RunOptions } from '../../src/cli/commands/run.js'
import { UsageError } from '../../src/errors.js'
import { fakeContext } from '../cli/fake.js'
import { fakeLive } from '../cli/fake-live.js'

const RUN: RunOptions = { lessons: ['3'], engine: 'embedded', code: false, explain: false, json: false }
const dir = mkdtempSync(join(tmpdir(), 'timeline-command-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('run with a timeline', () => {
  test('draws the chart after the total, and asks the engine for the schedule', async () => {
    const asked: unknown[] = []
    const fake = fakeContext({
      runEngine: async (lesson, engine, options) => {
        asked.push(options)
        const { runOnEngine } = await import('../../src/lessons/evaluate.js')
        return runOnEngine(lesson, engine, options)
      },
    })
    await runCommand({ ...RUN, timeline: { format: 'text' } }, fake.ctx)
    const out = fake.stdout()
    expect(out.indexOf('Timeline (virtual time)')).toBeGreaterThan(out.indexOf('Total 2.000s'))
    expect(asked).toEqual([{ record: 'schedule' }])
  })

  test('without --timeline, nothing is charted and the schedule is not asked for', async () => {
    const asked: unknown[] = []
    const fake = fakeContext({
      runEngine: async (lesson, engine, options) => {
        asked.push(options)
        const { runOnEngine } = await import('../../src/lessons/evaluate.js')
        return runOnEngine(lesson, engine, options)
      },
    })
    await runCommand(RUN, fake.ctx)
    expect(fake.stdout()).not.toContain('Timeline')
    expect(asked).toEqual([{}])
  })

  test('after a real-time replay, the chart follows the replayed output', async () => {
    const fake = fakeContext()
    const { live } = fakeLive()
    await runCommand({ ...RUN, realtime: { speed: 100 }, timeline: { format: 'text' } }, { ...fake.ctx, live })
    const out = fake.stdout()
    expect(out.indexOf('Task-3 say_after')).toBeGreaterThan(out.indexOf('finished at 18:27:41'))
  })

  test('svg writes the named file and says where, in the chosen language', async () => {
    const fake = fakeContext({ lang: 'zh' })
    const file = join(dir, 'three.svg')
    await runCommand({ ...RUN, timeline: { format: 'svg', out: file } }, fake.ctx)
    expect(fake.stdout()).toContain(`时间线已写入 ${file}`)
    expect(readFileSync(file, 'utf8')).toContain('<title>第 3 课 · ')
  })

  test('a file that cannot be written is a usage error, before anything is shown', async () => {
    const fake = fakeContext()
    const file = join(dir, 'missing', 'x.svg')
    await expect(runCommand({ ...RUN, timeline: { format: 'svg', out: file } }, fake.ctx)).rejects.toThrow(UsageError)
    expect(fake.stdout()).toBe('')
  })
})
